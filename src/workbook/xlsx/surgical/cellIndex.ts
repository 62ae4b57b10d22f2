/**
 * The changes of one sheet found by cell while its part is scanned: a map by row, then each row's
 * changes in a short list sorted by column, so that the scan asks the map once per row and not once per
 * cell (a --fix of a big table changes a hundred thousand cells). Each change keeps its place in the
 * change list, and each cell is changed once: when the list names a cell again, the change at its first
 * place becomes `merge(earlier, later)` (by default the later change alone, as a map keyed by cell keeps it).
 */
import type { PlacedChange } from "../../changes";

export class CellIndex {
  /** The change made at each place of the list (`null` where a cell named earlier is named again). */
  readonly changes: (PlacedChange | null)[];
  /** Row → places of its changes, sorted by column. */
  private readonly rows = new Map<number, number[]>();

  constructor(
    list: readonly PlacedChange[],
    private readonly merge: (earlier: PlacedChange, later: PlacedChange) => PlacedChange = (_, later) =>
      later,
  ) {
    this.changes = [...list];
    for (let place = 0; place < list.length; place++) {
      const places = this.rows.get(list[place].row);
      if (places === undefined) this.rows.set(list[place].row, [place]);
      else places.push(place);
    }
    for (const places of this.rows.values()) {
      if (places.length > 1) this.sortRow(list, places);
    }
  }

  /** Sorts a row's places by column and keeps the first place of each column, with its changes merged. */
  private sortRow(list: readonly PlacedChange[], places: number[]): void {
    places.sort((a, b) => list[a].col - list[b].col || a - b);
    let kept = 0;
    for (let first = 0; first < places.length;) {
      let last = first;
      let change = list[places[first]];
      while (last + 1 < places.length && list[places[last + 1]].col === change.col) {
        last++;
        change = this.merge(change, list[places[last]]);
        this.changes[places[last]] = null;
      }
      this.changes[places[first]] = change;
      places[kept++] = places[first];
      first = last + 1;
    }
    places.length = kept;
  }

  /** The places of a row's changes (sorted by column), or `undefined` when it has none. */
  row(row: number): readonly number[] | undefined {
    return this.rows.get(row);
  }

  /** The place of the change of column `col` among a row's `places`, or -1. */
  placeIn(places: readonly number[], col: number): number {
    let low = 0;
    let high = places.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const found = (this.changes[places[middle]] as PlacedChange).col;
      if (found === col) return places[middle];
      if (found < col) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  /** The place of the change of cell (row, col), or -1. */
  placeOf(row: number, col: number): number {
    const places = this.rows.get(row);
    return places === undefined ? -1 : this.placeIn(places, col);
  }
}
