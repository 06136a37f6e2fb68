import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../../src/node/build/chromium.ts';

// E2E_PORT lets two checkouts run their browser tests side by side without sharing a server.
const PORT = process.env.E2E_PORT ?? '4173';

export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1920, height: 1080 },
    launchOptions: {
      // Playwright cannot download its browsers on this network: Debian's Chromium, or CHROMIUM_PATH.
      executablePath: chromiumPath(),
      args: [...CHROMIUM_ARGS],
    },
    acceptDownloads: true,
  },
  webServer: {
    command: `npx tsx src/node/build/serve.ts dist ${PORT} 127.0.0.1`,
    cwd: '../..',
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
