/** The bench page's clock. */

/** How long `f` takes, ms (awaited). */
export async function time(f: () => Promise<unknown> | unknown): Promise<number> {
  const t = performance.now();
  await f();
  return performance.now() - t;
}
