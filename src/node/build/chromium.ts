/**
 * The Chromium the project's Node tools drive (tests, soak, benchmark, reports): Debian's package,
 * or the one named by CHROMIUM_PATH (Playwright cannot download its own on this network), with
 * the flags that keep it from calling out to Google's hosts.
 */
import { existsSync } from 'node:fs';

/** The Chromium executable, or undefined to let Playwright look for its own. */
export const chromiumPath = (): string | undefined =>
  process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

/** Launch flags: no sandbox (root in CI), no GPU, and no background traffic. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
