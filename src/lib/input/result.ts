/** The result type every input normaliser returns: a value, or a Japanese message for the field. */
export type InputResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** A successful result. */
export function ok<T>(value: T): InputResult<T> {
  return { ok: true, value };
}

/** A failed result with a Japanese message shown next to the field. */
export function fail<T = never>(message: string): InputResult<T> {
  return { ok: false, message };
}
