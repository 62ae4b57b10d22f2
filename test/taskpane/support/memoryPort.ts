/**
 * A WorkbookPort over in-memory grids for component tests: records every call, applies cell changes,
 * and undoes them from the token. (The real adapters are tested in test/workbook.)
 */
import { emptyGrid, gridFromRows, parseA1, type CellValue, type Grid } from "../../../src/core/grid";
import type { ChangeSet, UndoToken, WorkbookPort } from "../../../src/workbook/port";

export class MemoryPort implements WorkbookPort {
  readonly grids = new Map<string, Grid>();
  active: string;
  settings: unknown = null;
  /** The reading saved in the workbook (JSON text), as a custom XML part would hold it. */
  layout: string | null = null;
  /** What the user has selected (`selection()`), A1 of the active sheet when unset. */
  selected: { sheet: string; address: string } | null = null;
  tokens: UndoToken[] = [];
  readonly calls: { method: string; args: unknown[] }[] = [];
  /** When set, every call rejects with it. */
  failWith: Error | null = null;
  private nextId = 1;

  constructor(sheets: Record<string, CellValue[][]>) {
    for (const [name, rows] of Object.entries(sheets)) this.grids.set(name, gridFromRows(name, rows));
    this.active = Object.keys(sheets)[0];
  }

  private async call<T>(method: string, args: unknown[], body: () => T): Promise<T> {
    this.calls.push({ method, args });
    if (this.failWith) throw this.failWith;
    return body();
  }

  callsOf(method: string) {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  listSheets() {
    return this.call("listSheets", [], () => [...this.grids.keys()]);
  }
  activeSheet() {
    return this.call("activeSheet", [], () => this.active);
  }
  readSheet(sheet: string) {
    return this.call(
      "readSheet",
      [sheet],
      () => JSON.parse(JSON.stringify(this.grids.get(sheet) ?? emptyGrid(sheet))) as Grid,
    );
  }

  /** Sets one cell, growing the grid as needed (grids here always start at A1). */
  private write(
    sheet: string,
    address: string,
    value: CellValue,
    formula: string | null,
    numberFormat?: string | null,
  ) {
    const grid = this.grids.get(sheet) ?? emptyGrid(sheet);
    const at = parseA1(address);
    if (!at) throw new Error(`bad address ${address}`);
    while (grid.rowCount <= at.row) {
      grid.values.push([]);
      grid.formulas.push([]);
      grid.numberFormats.push([]);
      grid.rowCount++;
    }
    grid.colCount = Math.max(grid.colCount, at.col + 1);
    for (let r = 0; r < grid.rowCount; r++)
      for (const m of [grid.values, grid.formulas, grid.numberFormats])
        while (m[r].length < grid.colCount) m[r].push(null);
    grid.values[at.row][at.col] = value;
    grid.formulas[at.row][at.col] = formula;
    if (numberFormat !== undefined) grid.numberFormats[at.row][at.col] = numberFormat;
    this.grids.set(sheet, grid);
  }

  private cell(sheet: string, address: string) {
    const grid = this.grids.get(sheet);
    const at = parseA1(address);
    const inside = grid && at && at.row < grid.rowCount && at.col < grid.colCount;
    return {
      value: inside ? grid.values[at.row][at.col] : null,
      formula: inside ? grid.formulas[at.row][at.col] : null,
      numberFormat: inside ? grid.numberFormats[at.row][at.col] : null,
    };
  }

  apply(changes: ChangeSet) {
    return this.call("apply", [changes], () => {
      const newSheets = changes.newSheets ?? [];
      for (const sheet of newSheets) this.grids.set(sheet, emptyGrid(sheet));
      const token: UndoToken = {
        id: `t${this.nextId++}`,
        label: changes.label,
        createdAt: new Date(2026, 0, 1, 9, 30).toISOString(),
        newSheets,
        cells: (changes.cells ?? [])
          .filter((c) => !newSheets.includes(c.sheet))
          .map((c) => ({ sheet: c.sheet, address: c.address, ...this.cell(c.sheet, c.address) })),
        added: [],
      };
      for (const c of changes.cells ?? []) {
        const before = this.cell(c.sheet, c.address);
        const value = c.value !== undefined ? c.value : before.value;
        const formula = c.formula ?? (c.value !== undefined ? null : before.formula);
        this.write(c.sheet, c.address, value, formula, c.numberFormat);
      }
      this.tokens.push(token);
      return token;
    });
  }

  undo(token: UndoToken) {
    return this.call("undo", [token], () => {
      for (const c of [...token.cells].reverse())
        this.write(c.sheet, c.address, c.value, c.formula, c.numberFormat);
      for (const sheet of token.newSheets) this.grids.delete(sheet);
      this.tokens = this.tokens.filter((t) => t.id !== token.id);
      return { notRestored: [] };
    });
  }
  undoHistory() {
    return this.call("undoHistory", [], () => [...this.tokens]);
  }
  select(sheet: string, address: string) {
    // Selecting a range activates its sheet, as in Excel (and the fake's Range.select).
    return this.call("select", [sheet, address], () => {
      this.active = sheet;
    });
  }
  loadSettings() {
    return this.call("loadSettings", [], () => this.settings);
  }
  saveSettings(settings: unknown) {
    return this.call("saveSettings", [settings], () => {
      this.settings = settings;
    });
  }
  selection() {
    return this.call("selection", [], () => this.selected ?? { sheet: this.active, address: "A1" });
  }
  loadLayout() {
    return this.call("loadLayout", [], () => this.layout);
  }
  saveLayout(json: string) {
    return this.call("saveLayout", [json], () => {
      this.layout = json;
    });
  }
  removeLayout() {
    return this.call("removeLayout", [], () => {
      this.layout = null;
    });
  }
}
