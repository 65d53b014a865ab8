// npm run size: the bytes the console fetches to show each page of the plugin, against budgets.
//
// Builds the production bundle into a temporary directory (dist/ is left alone) and reads webpack's
// stats. For the entry that is plugin-entry.js; for an exposed module, every chunk of its chunk group
// (its own code and the split chunks it needs). Modules the console shares are left out: the SDK's
// webpack plugin lists them (sharedPluginModules: react, the SDKs, ... never bundled; and the
// PatternFly packages shared with a fallback, whose fallback chunks the console never fetches because
// it provides them). A fallback chunk for a package outside that list would be fetched, so it counts.
// Bytes are gzip as the chart's nginx serves them (its gzip_comp_level, nginx's default 1, and its
// gzip_min_length). Fails when a figure is over budget. The last column lists the modules of the
// domain core (src/metallb) a page carries: with "sideEffects" in package.json, only those it uses.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import webpack, { type Chunk, type Compilation, type Configuration, type Module } from 'webpack';
import { sharedPluginModules } from '@openshift-console/dynamic-plugin-sdk-webpack/lib/shared-modules/shared-modules-meta';
import { ConsoleRemotePlugin } from '@openshift-console/dynamic-plugin-sdk-webpack';
import config from '../webpack.config';

const ROOT = path.resolve(__dirname, '..');
const KB = 1000;
/** The PatternFly packages the config's ConsoleRemotePlugin shares as dynamic modules (SDK 4.19 keeps
 * the list in the instance, not in an export). */
const dynamicModulePackages = (config.plugins ?? [])
  .filter((p): p is ConsoleRemotePlugin => p instanceof ConsoleRemotePlugin)
  .flatMap((p) =>
    Object.keys((p as unknown as { sharedDynamicModuleMaps: object }).sharedDynamicModuleMaps),
  );
const CONSOLE_SHARED = new Set([...sharedPluginModules, ...dynamicModulePackages]);
/** Consoles 4.19-4.21 share only the singletons: PatternFly comes from the plugin's own fallback chunks
 * (unless another plugin already loaded the same version). Reported, not budgeted. */
const CONSOLE_SHARED_4_19 = new Set(sharedPluginModules);

/** Budget in bytes and what kind of page a module is, from its exposed name. */
const budgetFor = (name: string): { kind: string; budget: number } => {
  if (/Wizard|ExposeVM/i.test(name)) return { kind: 'VM wizard', budget: 120 * KB };
  if (/ListPage$/.test(name)) return { kind: 'list page', budget: 60 * KB };
  return { kind: 'details/form/other', budget: 100 * KB };
};
const ENTRY_BUDGET = 10 * KB;

/** gzip settings of the chart's nginx (nginx defaults where it sets none). */
const nginxGzip = () => {
  const file = path.join(ROOT, 'charts/metallb-console-plugin/templates/nginx-configmap.yaml');
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf-8') : '';
  const setting = (key: string, fallback: number) =>
    Number(new RegExp(`${key}\\s+(\\d+);`).exec(text)?.[1] ?? fallback);
  return { level: setting('gzip_comp_level', 1), minLength: setting('gzip_min_length', 20) };
};
const gzipSetting = nginxGzip();

const fetchedBytes = (file: string): number => {
  const raw = fs.readFileSync(file);
  if (raw.length < gzipSetting.minLength) return raw.length;
  return zlib.gzipSync(raw, { level: gzipSetting.level }).length;
};

/** The npm package of a share key: "@patternfly/react-core/dist/dynamic/components/Alert" → "@patternfly/react-core". */
const packageOf = (shareKey: string): string =>
  shareKey
    .split('/')
    .slice(0, shareKey.startsWith('@') ? 2 : 1)
    .join('/');

interface PageSize {
  name: string;
  bytes: number;
  files: number;
  sharedSkipped: number;
  metallbModules: string[];
}

const build = (outDir: string): Promise<Compilation> =>
  new Promise((resolve, reject) => {
    const base: Configuration = {
      ...config,
      mode: 'production',
      output: { ...config.output, path: outDir },
      optimization: { ...config.optimization, minimize: true, chunkIds: 'deterministic' },
    };
    webpack(base, (error, stats) => {
      if (error || !stats) return reject(error ?? new Error('webpack gave no stats'));
      if (stats.hasErrors()) return reject(new Error(stats.toString('errors-only')));
      resolve(stats.compilation);
    });
  });

/** The modules a chunk holds, concatenated modules opened up. */
const modulesOf = (compilation: Compilation, chunk: Chunk): Module[] =>
  [...compilation.chunkGraph.getChunkModules(chunk)].flatMap((m) =>
    Array.isArray((m as { modules?: Module[] }).modules)
      ? (m as { modules: Module[] }).modules
      : [m],
  );

const measure = (
  compilation: Compilation,
  consoleShared: Set<string>,
): { entry: number; pages: PageSize[] } => {
  const outDir = compilation.outputOptions.path as string;
  const bytesOf = (chunk: Chunk) =>
    [...chunk.files]
      .filter((f) => f.endsWith('.js'))
      .reduce((n, f) => n + fetchedBytes(path.join(outDir, f)), 0);

  const entryGroup = compilation.entrypoints.values().next().value;
  const entry = (entryGroup?.chunks ?? []).reduce((n, c) => n + bytesOf(c), 0);

  const pages: PageSize[] = [];
  for (const [groupName, group] of compilation.namedChunkGroups) {
    if (!groupName.startsWith('exposed-')) continue;
    const fetched = new Set<Chunk>(group.chunks);
    let sharedSkipped = 0;
    for (const chunk of group.chunks) {
      for (const m of modulesOf(compilation, chunk)) {
        if (m.type !== 'consume-shared-module') continue;
        const shareKey = (m as unknown as { options: { shareKey: string } }).options.shareKey;
        if (consoleShared.has(packageOf(shareKey))) {
          sharedSkipped++;
          continue;
        }
        // the console does not provide this package: its fallback chunks are fetched
        for (const block of m.blocks)
          for (const c of compilation.chunkGraph.getBlockChunkGroup(block)?.chunks ?? [])
            fetched.add(c);
      }
    }
    const metallb = new Set<string>();
    for (const chunk of fetched)
      for (const m of modulesOf(compilation, chunk)) {
        const resource = (m as { resource?: string }).resource ?? '';
        const at = resource.indexOf('/src/metallb/');
        if (at >= 0) metallb.add(resource.slice(at + '/src/metallb/'.length));
      }
    pages.push({
      name: groupName.replace(/^exposed-/, ''),
      bytes: [...fetched].reduce((n, c) => n + bytesOf(c), 0),
      files: [...fetched].filter((c) => [...c.files].some((f) => f.endsWith('.js'))).length,
      sharedSkipped,
      metallbModules: [...metallb].sort(),
    });
  }
  return { entry, pages: pages.sort((a, b) => a.name.localeCompare(b.name)) };
};

/** Modules of the domain core, to tell how many of them a page carries. */
const coreModules = fs
  .readdirSync(path.join(ROOT, 'src/metallb'), { recursive: true, encoding: 'utf-8' })
  .filter((f) => /\.ts$/.test(f) && !/\.spec\.ts$|factories|bench/.test(f)).length;

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

const table = (rows: string[][]) => {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i])).join('  ')).join('\n');
};

const main = async () => {
  const started = Date.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'metallb-size-'));
  try {
    const compilation = await build(path.join(tmp, 'normal'));
    const { entry, pages } = measure(compilation, CONSOLE_SHARED);
    const older = new Map(
      measure(compilation, CONSOLE_SHARED_4_19).pages.map((p) => [p.name, p] as const),
    );
    const over: string[] = [];
    const rows = [
      [
        'module',
        'kind',
        'gzip fetched',
        'budget',
        '',
        'chunks',
        'shared, not fetched',
        'core modules',
        'on 4.19-4.21',
      ],
    ];
    rows.push([
      '(entry) plugin-entry.js',
      'entry',
      kb(entry),
      kb(ENTRY_BUDGET),
      entry <= ENTRY_BUDGET ? 'ok' : 'OVER',
      '1',
      '-',
      '-',
      kb(entry),
    ]);
    if (entry > ENTRY_BUDGET) over.push('entry');
    for (const p of pages) {
      const { kind, budget } = budgetFor(p.name);
      if (p.bytes > budget) over.push(p.name);
      rows.push([
        p.name,
        kind,
        kb(p.bytes),
        kb(budget),
        p.bytes <= budget ? 'ok' : 'OVER',
        String(p.files),
        String(p.sharedSkipped),
        `${p.metallbModules.length} of ${coreModules}`,
        `${kb(older.get(p.name)?.bytes ?? 0)} (${older.get(p.name)?.files ?? 0} chunks)`,
      ]);
    }
    console.log(
      `Bytes the console fetches per page (gzip level ${gzipSetting.level}, files under ${gzipSetting.minLength} B uncompressed, as the chart's nginx serves them; KB = 1,000 B)`,
    );
    console.log(
      `Console-shared packages (from the SDK's webpack plugin): ${[...CONSOLE_SHARED].join(', ')}`,
    );
    console.log(table(rows));
    console.log(
      'Budgets apply to consoles 4.22 and later, which provide PatternFly. "on 4.19-4.21": the same page where the console shares only the singletons, so the plugin fetches its own PatternFly chunks (not budgeted).',
    );
    console.log(
      '\nsrc/metallb modules each page carries ("sideEffects" in package.json leaves out the rest):',
    );
    for (const p of pages) console.log(`  ${p.name}: ${p.metallbModules.join(' ') || '-'}`);

    console.log(`\nsize took ${Math.round((Date.now() - started) / 1000)} s`);
    if (over.length > 0) {
      console.error(`over budget: ${over.join(', ')}`);
      process.exitCode = 1;
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
};

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
