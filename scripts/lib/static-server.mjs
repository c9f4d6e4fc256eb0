// A tiny static file server on 127.0.0.1 for the demo, the tests and the benchmark.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.xhtml': 'application/xhtml+xml; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Serves files from `root`, plus pages generated in memory (`pages` maps a path such as "/report.html" to HTML).
 * @param {{ root?: string, pages?: Record<string, string | (() => string)>, headers?: Record<string, Record<string, string>> }} options
 * @returns {Promise<{ url: (path: string) => string, origin: string, close: () => Promise<void> }>}
 */
export async function startStaticServer({ root, pages = {}, headers = {} } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const extra = headers[path] ?? {};
    const page = pages[path];
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? TYPES['.html'], ...extra });
      res.end(typeof page === 'function' ? page() : page);
      return;
    }
    if (!root) return notFound(res);
    const file = normalize(join(root, path));
    if (!file.startsWith(normalize(root) + sep)) return notFound(res);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...extra });
      res.end(body);
    } catch {
      notFound(res);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path.startsWith('/') ? path : `/${path}`}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}
