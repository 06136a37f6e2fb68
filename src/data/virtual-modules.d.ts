/** The first screen's answers, computed at build time (src/node/build/snapshot-plugin.ts): SQL text → rows. */
declare module 'virtual:first-screen-snapshot' {
  export const SNAPSHOT: Readonly<Record<string, readonly unknown[]>>;
}

/** A route's, a model's or a province's answers, computed at build time: SQL text → rows. */
declare module 'virtual:snapshot/*' {
  export const SNAPSHOT: Readonly<Record<string, readonly unknown[]>>;
}

/** The later chunks of answers by name (`models`, `model-13`, `province-VN-31`, `wall` …), each loaded when asked. */
declare module 'virtual:snapshot-chunks' {
  export const CHUNKS: Readonly<Record<string, () => Promise<{ SNAPSHOT: Readonly<Record<string, readonly unknown[]>> }>>>;
}
