/**
 * An indicator's id as its table writes it: the id cell's text, and a bare number under a `No.` header
 * read as `No.1` (a number alone says nothing once quoted away from its column).
 */
const BARE_NUMBER = /^\d+$/;
const NO_HEADER = /^no\.?$/i;

/** `shown`: the id cell as displayed; `header`: the id column's header text, if any. */
export function indicatorId(shown: string, header: string | null): string {
  return BARE_NUMBER.test(shown) && NO_HEADER.test(header ?? "") ? `No.${shown}` : shown;
}
