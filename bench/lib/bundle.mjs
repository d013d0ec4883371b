/**
 * The JavaScript the app ships: each chunk of dist/ gzipped (zlib, level 9 like Vite's report),
 * the chunks the first screen loads (script and modulepreload tags of dist/index.html, plus what
 * the browser really fetched for the library page) and the total.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

async function listFiles(dir, prefix = '') {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(join(dir, entry.name), rel)));
    else out.push(rel);
  }
  return out;
}

export async function measureBundle(distDir, fetchedPaths = [], base = '/') {
  const files = (await listFiles(distDir)).filter((f) => /\.(m?js|css)$/.test(f));
  const sizes = {};
  for (const file of files) {
    const body = await readFile(join(distDir, file));
    sizes[file] = { bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
  }
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const referenced = new Set();
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)) referenced.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g))
    referenced.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*href="([^"]+)"[^>]*rel="modulepreload"/g))
    referenced.add(m[1]);
  const toFile = (url) => {
    const path = url.startsWith(base) ? url.slice(base.length) : url;
    return posix.normalize(path.replace(/^\.?\//, '').replace(/^\/+/, ''));
  };
  const initial = [...referenced].map(toFile).filter((f) => sizes[f] && /\.m?js$/.test(f));
  const fetched = fetchedPaths.map(toFile).filter((f) => sizes[f] && /\.m?js$/.test(f));
  const firstScreen = [...new Set([...initial, ...fetched])];
  const jsFiles = files.filter((f) => /\.m?js$/.test(f));
  const sum = (list, key) => list.reduce((total, f) => total + sizes[f][key], 0);
  return {
    chunks: sizes,
    initialFromHtml: initial,
    fetchedByLibraryPage: fetched,
    firstScreenChunks: firstScreen,
    firstScreenGzip: sum(firstScreen, 'gzip'),
    firstScreenBytes: sum(firstScreen, 'bytes'),
    totalJsGzip: sum(jsFiles, 'gzip'),
    totalJsBytes: sum(jsFiles, 'bytes'),
    cssGzip: sum(
      files.filter((f) => f.endsWith('.css')),
      'gzip',
    ),
  };
}
