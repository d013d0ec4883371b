/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import pkg from './package.json' with { type: 'json' };

/**
 * The dev server injects inline scripts (Vite's client, React refresh) that index.html's
 * Content-Security-Policy forbids, so the policy is left out there; the build keeps it.
 */
function cspOnlyInBuild(): Plugin {
  return {
    name: 'waymark-csp-only-in-build',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>\s*/i, ''),
  };
}

/**
 * Every `import 'fflate'` outside our own wrapper gets src/export/vendor/fflateSync.ts, whose
 * `zip`/`unzip` never start a `blob:` Worker (which the Content-Security-Policy refuses).
 */
function fflateWithoutWorkers(): Plugin {
  const wrapper = fileURLToPath(new URL('./src/export/vendor/fflateSync.ts', import.meta.url));
  return {
    name: 'waymark-fflate-without-workers',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== 'fflate' || !importer) return null;
      return importer.startsWith(wrapper) ? null : wrapper;
    },
  };
}

export default defineConfig({
  plugins: [react(), cspOnlyInBuild(), fflateWithoutWorkers()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { sourcemap: false, chunkSizeWarningLimit: 800 },
  // The report worker loads its writers with dynamic imports, which need ES module workers.
  worker: { format: 'es' },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'server/**/*.test.ts'],
    restoreMocks: true,
  },
});
