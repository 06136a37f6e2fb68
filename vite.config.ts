/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './src/node/build/csp.ts';
import { precompressPlugin } from './src/node/build/precompress-plugin.ts';
import { staticDataPlugin } from './src/node/build/static-data-plugin.ts';
import { snapshotPlugin } from './src/node/build/snapshot-plugin.ts';
import { MODEL_COUNT } from './src/domain/crosswalk.ts';
import { FIRST_SCREEN_QUERIES, renderFirstScreen } from './src/app/first-screen-html.ts';
import { modelFirstScreens } from './src/app/first-screen-model-html.ts';
import { UPLOADS_MARK } from './src/data/editions/uploads-mark.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: 'src',
  publicDir: '../public',
  base: './',
  plugins: [react(), staticDataPlugin(root), snapshotPlugin(root, MODEL_COUNT.y2024, {
    queries: FIRST_SCREEN_QUERIES, render: renderFirstScreen, pages: modelFirstScreens(MODEL_COUNT.y2024), bootSource: 'src/app/first-screen-boot.ts', uploadsKey: UPLOADS_MARK,
  }), cspPlugin(), precompressPlugin()],
  build: { outDir: '../dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1200 },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    root,
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
  },
});
