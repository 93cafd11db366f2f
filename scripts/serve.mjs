// Serves the built site (dist/) on 127.0.0.1: directory indexes, /dir -> /dir/ redirects, and the
// language's own 404 page for a missing path. Used by `npm start` and by the end-to-end tests.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'dist');
const port = Number(process.argv[3] ?? process.env.PORT ?? 4321);
const host = process.env.HOST ?? '127.0.0.1';

const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8', '.xml': 'application/xml', '.wasm': 'application/wasm',
  '.woff2': 'font/woff2', '.webmanifest': 'application/manifest+json',
};

async function fileAt(path) {
  try {
    const info = await stat(path);
    return info.isFile() ? path : null;
  } catch {
    return null;
  }
}

function send(res, status, path) {
  res.writeHead(status, {
    'content-type': types[extname(path)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
  });
  createReadStream(path).pipe(res);
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    pathname = '/';
  }
  const target = normalize(join(root, pathname));
  if (!target.startsWith(root)) {
    res.writeHead(400).end();
    return;
  }
  const direct = pathname.endsWith('/') ? await fileAt(join(target, 'index.html')) : await fileAt(target);
  if (direct) return send(res, 200, direct);
  if (!pathname.endsWith('/') && (await fileAt(join(target, 'index.html')))) {
    res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
    return;
  }
  const lang = /^\/(ko|en)\//.exec(pathname)?.[1];
  const notFound = (lang && (await fileAt(join(root, lang, '404', 'index.html')))) || (await fileAt(join(root, '404.html')));
  if (notFound) return send(res, 404, notFound);
  res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
});

server.listen(port, host, () => {
  console.log(`Kube Field Guide is served at http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/`);
});
