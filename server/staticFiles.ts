/**
 * Serves the built app (`vite build` → dist/) so that `npm run build && npm run server` gives the
 * app and the live server on one origin. Only files inside the folder; unknown paths get
 * index.html (the app routes with `#/…`, so this is only for `/` and typos).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Serves one folder's files. */
export interface StaticFiles {
  serve(path: string, request: IncomingMessage, response: ServerResponse): Promise<void>;
}

/** A file server for `folder` (relative to the working directory or absolute). */
export function staticFiles(folder: string): StaticFiles {
  const root = resolve(folder);
  return {
    async serve(path, request, response) {
      let decoded: string;
      try {
        decoded = decodeURIComponent(path);
      } catch {
        decoded = '/';
      }
      let file = resolve(join(root, decoded));
      if (file !== root && !file.startsWith(root + sep)) file = join(root, 'index.html');
      let info = await stat(file).catch(() => null);
      if (!info || info.isDirectory()) {
        file = info?.isDirectory() ? join(file, 'index.html') : join(root, 'index.html');
        info = await stat(file).catch(() => null);
        if (!info?.isFile()) file = join(root, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info?.isFile()) {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        response.end('Not found (is the app built? npm run build)');
        return;
      }
      const hashed = file.includes(`${sep}assets${sep}`);
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'Content-Length': info.size,
        'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      });
      if (request.method === 'HEAD') {
        response.end();
        return;
      }
      createReadStream(file).pipe(response);
    },
  };
}
