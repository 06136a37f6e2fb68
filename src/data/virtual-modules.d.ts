/** The first screen's answers, computed at build time (src/build/snapshot-plugin.ts): SQL text → rows. */
declare module 'virtual:first-screen-snapshot' {
  export const SNAPSHOT: Readonly<Record<string, readonly unknown[]>>;
}
