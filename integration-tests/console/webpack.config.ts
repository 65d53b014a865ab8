/*
 * The host page: the smallest stand-in for the OpenShift console 4.22 shell that loads our built
 * `dist/` through `@openshift/dynamic-plugin-sdk`'s PluginStore. Like the console
 * (frontend/rspack.config.mts), it provides the shared modules with ModuleFederationPlugin as eager
 * singletons, and the PatternFly dynamic modules with their versions.
 * Differences from the console:
 * - `@openshift-console/dynamic-plugin-sdk` is our own implementation (./src/sdk), not console internals;
 * - react-redux, redux, redux-thunk, `-internal` and react-topology are not provided (the plugin uses none);
 * - of the PatternFly dynamic modules only react-core and react-table (and react-data-view when
 *   installed) are provided; icons and the rest fall back to the plugin's own copies, which the
 *   console allows for PatternFly (allowFallback), so the build stays small;
 * - the console's shared modules come in console 4.22's versions (React 18, react-router 7,
 *   react-i18next 16) from this folder's own package.json, while the plugin is built in the root
 *   package with the oldest supported console's SDK (React 17, react-router-dom-v5-compat): every
 *   import of those names here, PatternFly's included, is aliased to that folder, as the console
 *   bundles one copy of each;
 * - each PatternFly dynamic module is provided by its path (`import`), so that webpack bundles it:
 *   webpack provides a shared module named by package request only when the build itself imports
 *   it, and the console's own code imports nearly all of PatternFly through those dynamic modules
 *   (its DynamicModuleImportPlugin rewrites them), while this host imports a handful. Without the
 *   path the plugin fetched ~25 fallback chunks on every page that the console never asks for.
 */
import * as path from 'path';
import * as fs from 'fs';
import { container, type Configuration } from 'webpack';
import { getDynamicModuleMap } from '@openshift-console/dynamic-plugin-sdk-webpack/lib/utils/dynamic-module-parser';

const ROOT = path.resolve(__dirname, '../..');
const NODE_MODULES = path.join(ROOT, 'node_modules');
/** The host's own copies of the modules console 4.22 shares (./package.json). */
const HOST_MODULES = path.join(__dirname, 'node_modules');
const HOST_PACKAGES = [
  'react',
  'react-dom',
  'react-router',
  'react-i18next',
  'i18next',
  '@openshift/dynamic-plugin-sdk',
];
const isProd = process.env.NODE_ENV === 'production';
const version = (pkg: string): string => {
  const dir = HOST_PACKAGES.includes(pkg) ? HOST_MODULES : NODE_MODULES;
  return JSON.parse(fs.readFileSync(path.join(dir, pkg, 'package.json'), 'utf-8')).version;
};

type Shared = Record<
  string,
  { singleton?: boolean; eager: true; import?: string; version: string; requiredVersion: false }
>;

const singleton = (pkg: string, importPath?: string) => ({
  singleton: true,
  eager: true as const,
  version: version(pkg),
  requiredVersion: false as const,
  ...(importPath ? { import: importPath } : {}),
});

const consoleShared: Shared = {
  react: singleton('react'),
  'react-i18next': singleton('react-i18next'),
  'react-router': singleton('react-router'),
  '@openshift/dynamic-plugin-sdk': singleton('@openshift/dynamic-plugin-sdk'),
  // The console provides its internals under this name; the host provides ./src/sdk.
  '@openshift-console/dynamic-plugin-sdk': singleton(
    '@openshift-console/dynamic-plugin-sdk',
    path.resolve(__dirname, 'src/sdk/index.ts'),
  ),
};

const patternflyShared: Shared = {};
const dynamicPackages = [
  '@patternfly/react-core',
  '@patternfly/react-table',
  '@patternfly/react-data-view',
];
for (const pkg of dynamicPackages.filter((p) => fs.existsSync(path.join(NODE_MODULES, p)))) {
  const map = getDynamicModuleMap(path.join(NODE_MODULES, pkg));
  for (const request of new Set(Object.values(map))) {
    patternflyShared[`${pkg}/${request}`] = {
      eager: true,
      import: path.join(NODE_MODULES, pkg, request),
      version: version(pkg),
      requiredVersion: false,
    };
  }
}

const config: Configuration = {
  mode: isProd ? 'production' : 'development',
  context: __dirname,
  entry: { host: './src/index.tsx' },
  output: {
    path: path.resolve(__dirname, 'dist'),
    publicPath: '/static/',
    filename: '[name].js',
    chunkFilename: '[name]-[contenthash].js',
    clean: true,
  },
  resolve: {
    extensions: ['.ts', '.tsx', '.js', '.jsx'],
    alias: Object.fromEntries(HOST_PACKAGES.map((p) => [p, path.join(HOST_MODULES, p)])),
  },
  module: {
    rules: [
      {
        test: /\.(jsx?|tsx?)$/,
        exclude: /\/node_modules\//,
        use: {
          loader: 'swc-loader',
          options: {
            jsc: {
              parser: { syntax: 'typescript', tsx: true },
              transform: { react: { runtime: 'automatic' } },
              target: 'es2020',
            },
          },
        },
      },
      {
        // As in the console, whose global stylesheet carries all of PatternFly's CSS: the components'
        // own CSS imports (react-styles, a newer minor than @patternfly/patternfly here) are left
        // out rather than injected a second time over it, now that the host provides the components.
        test: /\.css$/,
        include: path.join(NODE_MODULES, '@patternfly/react-styles/css'),
        sideEffects: false,
      },
      { test: /\.css$/, use: ['style-loader', 'css-loader'] },
      {
        test: /\.(png|jpg|jpeg|gif|svg|woff2?|ttf|eot|otf)(\?.*$|$)/,
        type: 'asset/resource',
        generator: { filename: 'assets/[name]-[contenthash][ext]' },
      },
      { test: /\.m?js$/, resolve: { fullySpecified: false } },
    ],
  },
  plugins: [
    new container.ModuleFederationPlugin({
      name: 'metallb_lab_console',
      shared: { ...consoleShared, ...patternflyShared },
    }),
  ],
  devtool: isProd ? false : 'source-map',
  optimization: { minimize: isProd },
  performance: { hints: false },
};

export default config;
