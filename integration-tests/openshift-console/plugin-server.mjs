// Serves the plugin's dist/ to the console's bridge, as the chart's nginx serves it on a cluster: static
// files with their MIME types (bridge passes the type on and adds `X-Content-Type-Options: nosniff`, so
// JavaScript must be served as JavaScript). Bridge reaches it through --plugins <name>=http://127.0.0.1:PORT/.
//   PORT (required), DIST (default <repo>/dist), BIND (default 127.0.0.1)
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.resolve(process.env.DIST ?? path.join(ROOT, 'dist'));
const PORT = Number(process.env.PORT);
const BIND = process.env.BIND ?? '127.0.0.1';

const MIME = {
  '.js': 'application/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

createServer((req, res) => {
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://plugin').pathname);
  const file = path.join(DIST, path.posix.normalize(pathname));
  let ok = false;
  try {
    ok = file.startsWith(DIST + path.sep) && statSync(file).isFile();
  } catch {
    ok = false;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405).end();
  } else if (!ok) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  } else {
    res.writeHead(200, {
      'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  }
}).listen(PORT, BIND, () => console.log(`plugin: http://${BIND}:${PORT}/ serves ${DIST}`));
