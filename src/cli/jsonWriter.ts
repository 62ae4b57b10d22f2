/**
 * `JSON.stringify(value)` written in pieces of about a megabyte, so that a large file report (~25 MB of
 * JSON for 10,000 indicators, twice that in memory as a two-byte string) never exists as one string.
 * Arrays and plain objects holding many values are written element by element; anything smaller, and
 * every object with its own `toJSON` or prototype, is stringified whole, so the text is JSON.stringify's.
 */

const CHUNK_CHARS = 1 << 20;
/** A value holding at most this many array elements, at any depth, is stringified in one call. */
const SMALL = 256;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && !("toJSON" in value);
}

/** The array elements under `value`, counted up to `budget`: whether it is small enough to stringify whole. */
function elementsWithin(value: unknown, budget: number): number {
  if (Array.isArray(value)) {
    let left = budget - value.length;
    for (let i = 0; i < value.length && left >= 0; i++) left = elementsWithin(value[i], left);
    return left;
  }
  if (!isPlainObject(value)) return budget;
  let left = budget;
  for (const key in value) {
    if (left < 0) break;
    left = elementsWithin(value[key], left);
  }
  return left;
}

/** What JSON.stringify leaves out of an object and writes as `null` in an array. */
const omitted = (value: unknown) =>
  value === undefined || typeof value === "function" || typeof value === "symbol";

function walk(value: unknown, emit: (text: string) => void): void {
  if (!(Array.isArray(value) || isPlainObject(value)) || elementsWithin(value, SMALL) >= 0) {
    emit(JSON.stringify(value));
  } else if (Array.isArray(value)) {
    emit("[");
    for (let i = 0; i < value.length; i++) {
      if (i > 0) emit(",");
      if (omitted(value[i])) emit("null");
      else walk(value[i], emit);
    }
    emit("]");
  } else {
    emit("{");
    let first = true;
    for (const key of Object.keys(value)) {
      if (omitted(value[key])) continue;
      emit(`${first ? "" : ","}${JSON.stringify(key)}:`);
      first = false;
      walk(value[key], emit);
    }
    emit("}");
  }
}

/** Writes exactly `JSON.stringify(value)` (a JSON value: not undefined, a function or a symbol). */
export function writeJson(value: unknown, write: (text: string) => void): void {
  let pending: string[] = [];
  let size = 0;
  walk(value, (text) => {
    pending.push(text);
    size += text.length;
    if (size < CHUNK_CHARS) return;
    write(pending.join(""));
    pending = [];
    size = 0;
  });
  if (pending.length > 0) write(pending.join(""));
}
