import * as path from 'path';
import type { Configuration as WebpackConfiguration } from 'webpack';
import type { Configuration as WebpackDevServerConfiguration } from 'webpack-dev-server';
import { ConsoleRemotePlugin } from '@openshift-console/dynamic-plugin-sdk-webpack';
import {
  getSharedModuleMetadata,
  sharedPluginModules,
} from '@openshift-console/dynamic-plugin-sdk-webpack/lib/shared-modules/shared-modules-meta';
import CopyWebpackPlugin from 'copy-webpack-plugin';
import type { Compiler, Module } from 'webpack';

const isProd = process.env.NODE_ENV === 'production';

interface Configuration extends WebpackConfiguration {
  devServer?: WebpackDevServerConfiguration;
}

/**
 * The modules only the console provides (react, react-i18next, react-router-dom-v5-compat, the SDK...:
 * singletons without a fallback) are consumed without webpack's version check. ConsoleRemotePlugin
 * gives each the range of SDK 4.19's package (react ^17.0.1, the SDK itself =4.19.1), and webpack's
 * runtime then warns "Unsatisfied version ... of shared singleton module" in every console this bundle
 * is for: 4.19-4.21 register these modules as version "*", which satisfies no range, and 4.22 provides
 * React 18, react-router 7, react-i18next 16 and the SDK as "0.0.0-fixed". Without a fallback the
 * check can change nothing but the log: the console's module is used either way. Which consoles the
 * bundle supports is said once, by `@console/pluginAPI` in its manifest, which the console checks
 * before loading it. PatternFly's modules keep their check: there it picks the console's copy or ours.
 */
class ConsoleSingletonsUnversioned {
  private readonly keys = new Set(
    sharedPluginModules.filter((name) => !getSharedModuleMetadata(name).allowFallback),
  );

  apply(compiler: Compiler) {
    compiler.hooks.thisCompilation.tap(ConsoleSingletonsUnversioned.name, (compilation) => {
      compilation.hooks.finishModules.tap(ConsoleSingletonsUnversioned.name, (modules) => {
        for (const module of modules as Iterable<Module & { options?: Record<string, unknown> }>) {
          if (
            module.type === 'consume-shared-module' &&
            module.options &&
            this.keys.has(module.options.shareKey as string)
          ) {
            module.options = { ...module.options, requiredVersion: false };
          }
        }
      });
    });
  }
}

const config: Configuration = {
  mode: isProd ? 'production' : 'development',
  // No entry points: ConsoleRemotePlugin generates plugin-entry.js and one chunk per exposed module.
  entry: {},
  context: path.resolve(__dirname, 'src'),
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: isProd ? '[name]-bundle-[contenthash].min.js' : '[name]-bundle.js',
    chunkFilename: isProd ? '[name]-chunk-[chunkhash].min.js' : '[name]-chunk.js',
  },
  resolve: {
    extensions: ['.ts', '.tsx', '.js', '.jsx'],
  },
  module: {
    rules: [
      {
        test: /\.(jsx?|tsx?)$/,
        exclude: /\/node_modules\//,
        use: [
          {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic' } },
                target: 'es2020',
              },
            },
          },
        ],
      },
      {
        test: /\.css$/,
        use: ['style-loader', 'css-loader'],
      },
      {
        test: /\.(png|jpg|jpeg|gif|svg|woff2?|ttf|eot|otf)(\?.*$|$)/,
        type: 'asset/resource',
        generator: {
          filename: isProd ? 'assets/[contenthash][ext]' : 'assets/[name][ext]',
        },
      },
      {
        test: /\.m?js$/,
        resolve: { fullySpecified: false },
      },
    ],
  },
  devServer: {
    static: './dist',
    port: 9001,
    allowedHosts: 'all',
    headers: {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, PATCH, OPTIONS',
      'Access-Control-Allow-Headers': 'X-Requested-With, Content-Type, Authorization',
    },
    devMiddleware: { writeToDisk: true },
  },
  plugins: [
    new ConsoleRemotePlugin(),
    new ConsoleSingletonsUnversioned(),
    new CopyWebpackPlugin({
      patterns: [{ from: path.resolve(__dirname, 'locales'), to: 'locales' }],
    }),
  ],
  devtool: isProd ? false : 'source-map',
  optimization: {
    chunkIds: isProd ? 'deterministic' : 'named',
    minimize: isProd,
  },
  performance: { hints: false },
};

export default config;
