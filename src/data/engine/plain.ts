/**
 * Values as the views use them, whatever engine answered: Arrow vectors (DuckDB lists) become
 * arrays, struct rows objects, 64-bit integers numbers. DuckDB-WASM and DuckDB under Node both go
 * through here, so the build-time snapshot and the live answers are the same values.
 */

/** A value as plain JavaScript. */
export function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value === null || typeof value !== 'object') return value;
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<unknown>, plain);
  if (Array.isArray(value)) return value.map(plain);
  // Arrow vectors give their elements, struct rows their fields (a struct row's toArray would drop its names).
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return plain((value as { toJSON: () => unknown }).toJSON());
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
}
