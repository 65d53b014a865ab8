// The host's server: what the console's bridge does for a plugin, on one port.
//   /static/*                       the host page's bundle (integration-tests/console/dist)
//   /api/plugins/<plugin>/*         the plugin's dist/ (or PLUGIN_UPSTREAM, e.g. the chart's nginx on
//                                   https://127.0.0.1:9443), JS as application/javascript, nosniff
//   /locales/resource.json          ?lng=&ns=plugin__<plugin>: the plugin's locales/<lng>/<ns>.json
//   /api/kubernetes/*               the local cluster's API server, HTTP and WebSocket watches, with the
//                                   bearer token of the lab user named by the `lab-user` cookie
//   /api/lab/users                  the lab users (cluster admin, VM owner) and the current one
//   anything else                   index.html (client-side routes)
// The bridge authenticates users with OAuth and keeps tokens in a session; the host holds one token
// per lab user instead. The bridge also checks CSRF tokens, which the host does not.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import httpProxy from 'http-proxy';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const PLUGIN = 'metallb-console-plugin';
const PORT = Number(process.env.PORT ?? 9000);
const BIND = process.env.BIND ?? '127.0.0.1';
const PLUGIN_DIST = path.resolve(process.env.PLUGIN_DIST ?? path.join(ROOT, 'dist'));
const PLUGIN_UPSTREAM = process.env.PLUGIN_UPSTREAM?.replace(/\/$/, '');
// HOST_DIST: npm run bench:ui serves a production build of the host (React without its dev checks).
const HOST_DIST = path.resolve(process.env.HOST_DIST ?? path.join(HERE, 'dist'));
const APISERVER_URL = process.env.APISERVER_URL;
const CA =
  process.env.CA_FILE && existsSync(process.env.CA_FILE)
    ? readFileSync(process.env.CA_FILE)
    : undefined;

const USERS = [
  { id: 'admin', name: 'Cluster admin', token: process.env.ADMIN_TOKEN },
  { id: 'vm-owner', name: 'VM owner', token: process.env.VM_OWNER_TOKEN },
];

const MIME = {
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

const cookie = (req, name) =>
  (req.headers.cookie ?? '')
    .split(';')
    .map((c) => c.trim().split('='))
    .find(([k]) => k === name)?.[1];

const currentUser = (req) => {
  const id = decodeURIComponent(cookie(req, 'lab-user') ?? 'admin');
  return USERS.find((u) => u.id === id && u.token) ?? USERS[0];
};

const send = (res, status, body, type = 'text/plain; charset=utf-8') => {
  res.writeHead(status, { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
};

/** Serves a file under `dir`; refuses paths that climb out of it. */
const serveFile = (res, dir, relative, extraHeaders = {}) => {
  const file = path.resolve(dir, '.' + path.posix.normalize('/' + decodeURIComponent(relative)));
  if (!file.startsWith(dir + path.sep) || !existsSync(file) || !statSync(file).isFile()) {
    send(res, 404, 'Not found');
    return;
  }
  res.writeHead(200, {
    'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
    ...extraHeaders,
  });
  createReadStream(file).pipe(res);
};

/** GET from the plugin's upstream (the chart's nginx serves TLS with a self-signed cert). */
const fetchUpstream = (relative, res, rewrite) => {
  const url = new URL(`${PLUGIN_UPSTREAM}/${relative}`);
  const get = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const upstream = get(url, { method: 'GET', rejectUnauthorized: false }, (up) => {
    if (rewrite) {
      const chunks = [];
      up.on('data', (c) => chunks.push(c));
      up.on('end', () => rewrite(up.statusCode ?? 502, Buffer.concat(chunks)));
      return;
    }
    res.writeHead(up.statusCode ?? 502, {
      ...up.headers,
      // The console sets these itself when it proxies plugin assets.
      'X-Content-Type-Options': 'nosniff',
      'Content-Type':
        MIME[path.extname(url.pathname)] ??
        up.headers['content-type'] ??
        'application/octet-stream',
    });
    up.pipe(res);
  });
  upstream.on('error', (e) => send(res, 502, `plugin upstream: ${e.message}`));
  upstream.end();
};

const proxy = httpProxy.createProxyServer({
  target: APISERVER_URL,
  changeOrigin: true,
  secure: !!CA,
  ca: CA,
  ws: true,
});
proxy.on('proxyReqWs', (proxyReq) => proxyReq.on('error', () => undefined));
proxy.on('open', (proxySocket) => proxySocket.on('error', () => proxySocket.destroy()));
proxy.on('error', (error, _req, res) => {
  if (res && 'writeHead' in res && !res.headersSent) send(res, 502, `API server: ${error.message}`);
  else res?.destroy?.();
});

/** Strips the host's prefix and cookies; the lab user's token (from the cookie) authenticates. */
const forwardHeaders = (req) => {
  const token = currentUser(req).token;
  req.url = req.url.replace(/^\/api\/kubernetes/, '') || '/';
  delete req.headers.cookie;
  delete req.headers.authorization;
  return token ? { Authorization: `Bearer ${token}` } : {};
};

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://host');
  const p = url.pathname;
  if (p.startsWith('/api/kubernetes/') || p === '/api/kubernetes') {
    if (!APISERVER_URL) return send(res, 503, 'APISERVER_URL is not set: start the local cluster');
    const user = currentUser(req);
    const headers = forwardHeaders(req);
    res.setHeader('X-Lab-User', user.id);
    return proxy.web(req, res, { headers });
  }
  if (p.startsWith(`/api/plugins/${PLUGIN}/`)) {
    const relative = p.slice(`/api/plugins/${PLUGIN}/`.length);
    if (PLUGIN_UPSTREAM) return fetchUpstream(relative, res);
    return serveFile(res, PLUGIN_DIST, relative);
  }
  if (p.startsWith('/api/plugins/')) return send(res, 404, 'Unknown plugin');
  if (p === '/locales/resource.json') {
    const lng = url.searchParams.get('lng') ?? 'en';
    const ns = url.searchParams.get('ns') ?? '';
    if (!/^[a-zA-Z-]+$/.test(lng) || ns !== `plugin__${PLUGIN}`)
      return send(res, 200, '{}', MIME['.json']);
    const relative = `locales/${lng}/${ns}.json`;
    if (PLUGIN_UPSTREAM) {
      return fetchUpstream(relative, res, (status, body) =>
        send(res, 200, status === 200 ? body : '{}', MIME['.json']),
      );
    }
    const file = path.join(PLUGIN_DIST, relative);
    return send(res, 200, existsSync(file) ? readFileSync(file) : '{}', MIME['.json']);
  }
  if (p === '/api/lab/users') {
    return send(
      res,
      200,
      JSON.stringify({
        current: currentUser(req).id,
        users: USERS.map(({ id, name, token }) => ({ id, name, available: !!token })),
      }),
      MIME['.json'],
    );
  }
  if (p === '/healthz') return send(res, 200, 'ok');
  if (p.startsWith('/static/')) return serveFile(res, HOST_DIST, p.slice('/static/'.length));
  if (req.method === 'GET') return serveFile(res, HERE, 'index.html');
  return send(res, 405, 'Method not allowed');
});

server.on('upgrade', (req, socket, head) => {
  // A page that reloads (a user switch, say) drops its watch sockets mid-stream: not a server error.
  socket.on('error', () => socket.destroy());
  if (!req.url?.startsWith('/api/kubernetes/') || !APISERVER_URL) {
    socket.destroy();
    return;
  }
  const headers = forwardHeaders(req);
  // Keep the browser's Origin: the API server's WebSocket handshake refuses a request without one.
  proxy.ws(req, socket, head, { headers });
});

server.listen(PORT, BIND, () => {
  const plugin = PLUGIN_UPSTREAM
    ? `from ${PLUGIN_UPSTREAM}`
    : `from ${path.relative(ROOT, PLUGIN_DIST) || '.'}/`;
  console.log(
    `host: http://${BIND}:${PORT}/ (plugin ${plugin}, API ${APISERVER_URL ?? 'not set'})`,
  );
});
