/** The first screen's answers, computed at build time (src/node/build/snapshot-plugin.ts): SQL text → rows. */
declare module 'virtual:first-screen-snapshot' {
  export const SNAPSHOT: Readonly<Record<string, readonly unknown[]>>;
}

/** The address of each later chunk of answers by name (`overview`, `models`, `model-13`, `province-VN-31`, `wall` …): a JSON file of SQL text → rows. */
declare module 'virtual:snapshot-chunks' {
  export const CHUNKS: Readonly<Record<string, string>>;
}
