/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
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

/**
 * Installable and offline after the first visit: Workbox precaches the app's code, styles and
 * pages (every chunk, so a map opens with no network), and the service worker waits for the
 * user's "Reload" before newer code replaces the running one (registerType 'prompt',
 * src/app/offline.ts). The PDF fonts are cached when a report first needs them (the Chinese
 * one alone is 10 MB).
 */
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: null,
  manifest: {
    name: 'Waymark – journey maps',
    short_name: 'Waymark',
    description: 'Make, evidence and share customer journey maps in your browser.',
    start_url: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1d2433',
    icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,json}'],
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
    navigateFallback: '/index.html',
    cleanupOutdatedCaches: true,
    runtimeCaching: [
      {
        urlPattern: ({ url }) => url.pathname.endsWith('.ttf'),
        handler: 'CacheFirst',
        options: { cacheName: 'waymark-fonts', expiration: { maxEntries: 12 } },
      },
    ],
  },
});

export default defineConfig({
  plugins: [react(), cspOnlyInBuild(), fflateWithoutWorkers(), pwa],
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
