/** Builds the engine benchmark page (bench/engine) with the app's data plugin, into bench/tmp/engine-dist. */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { staticDataPlugin } from '../src/node/build/static-data-plugin.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('./engine', import.meta.url)),
  base: './',
  publicDir: false,
  plugins: [staticDataPlugin(root)],
  build: { outDir: fileURLToPath(new URL('./tmp/engine-dist', import.meta.url)), emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000 },
  logLevel: 'warn',
});
