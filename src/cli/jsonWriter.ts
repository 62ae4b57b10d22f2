/**
 * `JSON.stringify(value)` written in pieces of about a megabyte, so that a large file report (~25 MB of
 * JSON for 10,000 indicators, twice that in memory as a two-byte string) never exists as one string.
 * Arrays and plain objects holding many values are written element by element (small elements a run at a
 * time); anything smaller, and every object with its own `toJSON` or prototype, is stringified whole, so
 * the text is JSON.stringify's.
 * A `JsonList` is written as the array it stands for, each element made only when it is written.
 */

const CHUNK_CHARS = 1 << 20;
/** A value holding at most this many array elements, at any depth, is stringified in one call. */
const SMALL = 256;

/**
 * An array that does not exist as one: its `length` elements are made by `at` one at a time as they are
 * written, and let go after, so a long list (10,000 indicators, 100,000 findings) is never all in memory.
 * `JSON.stringify` sees the whole array (`toJSON`), so `jsonPieces`' text stays JSON.stringify's.
 */
export class JsonList<T> {
  constructor(
    readonly length: number,
    readonly at: (index: number) => T,
  ) {}

  toArray(): T[] {
    return Array.from({ length: this.length }, (_, i) => this.at(i));
  }

  toJSON(): T[] {
    return this.toArray();
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && !("toJSON" in value);
}

/** The array elements under `value`, counted up to `budget`: whether it is small enough to stringify whole. */
function elementsWithin(value: unknown, budget: number): number {
  if (value instanceof JsonList) return -1;
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

/**
 * Consecutive small elements are stringified together, as one array without its brackets: one call of
 * JSON.stringify per run of elements holding at most SMALL values (each element counts one), not per element.
 */
function* walkList(length: number, at: (index: number) => unknown): Generator<string> {
  yield "[";
  let run: unknown[] = [];
  let first = 0;
  let left = SMALL;
  for (let i = 0; i < length; i++) {
    const element = at(i);
    let within = elementsWithin(element, left - 1);
    if (within < 0 && run.length > 0) {
      yield runText(run, first);
      run = [];
      left = SMALL;
      within = elementsWithin(element, left - 1);
    }
    if (within >= 0) {
      if (run.length === 0) first = i;
      run.push(element);
      left = within;
    } else {
      if (i > 0) yield ",";
      yield* walk(element);
    }
  }
  if (run.length > 0) yield runText(run, first);
  yield "]";
}

/** A run of elements starting at index `first`, as they read inside their array. */
const runText = (run: unknown[], first: number) =>
  `${first > 0 ? "," : ""}${JSON.stringify(run).slice(1, -1)}`;

function* walk(value: unknown): Generator<string> {
  if (value instanceof JsonList) {
    yield* walkList(value.length, value.at);
  } else if (!(Array.isArray(value) || isPlainObject(value)) || elementsWithin(value, SMALL) >= 0) {
    yield JSON.stringify(value);
  } else if (Array.isArray(value)) {
    yield* walkList(value.length, (i) => value[i] as unknown);
  } else {
    yield "{";
    let first = true;
    for (const key of Object.keys(value)) {
      if (omitted(value[key])) continue;
      yield `${first ? "" : ","}${JSON.stringify(key)}:`;
      first = false;
      yield* walk(value[key]);
    }
    yield "}";
  }
}

/**
 * Exactly `JSON.stringify(value)` (a JSON value: not undefined, a function or a symbol), in pieces of about
 * CHUNK_CHARS, each made only when the one before has been taken: a writer that waits for a slow reader
 * holds one piece, not the document.
 */
export function* jsonPieces(value: unknown): Generator<string> {
  let pending: string[] = [];
  let size = 0;
  for (const text of walk(value)) {
    pending.push(text);
    size += text.length;
    if (size < CHUNK_CHARS) continue;
    yield pending.join("");
    pending = [];
    size = 0;
  }
  if (pending.length > 0) yield pending.join("");
}
