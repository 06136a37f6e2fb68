/** Errors from anything thrown. */

/** The thrown value as an Error (a string or other value becomes its message). */
export const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));
