/**
 * Builds the benchmark's BASELINE page (bench/baseline) into bench/dist: a bare React Flow
 * canvas with plain cards and no app logic, served by bench/run.mjs at /baseline/.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('./baseline', import.meta.url));

export default defineConfig({
  root,
  base: '/baseline/',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2000,
  },
});
