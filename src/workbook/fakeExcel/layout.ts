/** The fake `WorksheetFreezePanes` and `PageLayout`: state on the sheet, every call recorded. */
import type { XPageZoom, XWorksheet } from "../office/excelApi";
import { FakeClientObject, FakeRichApiError } from "./clientObject";
import { FakeRange, type RangeEnvironment } from "./range";
import { MAX_COLUMNS, MAX_ROWS, parseFakeAddress, type FakeSheet } from "./state";

type FreezePanes = XWorksheet["freezePanes"];
type PageLayout = XWorksheet["pageLayout"];

export class FakeFreezePanes extends FakeClientObject<FakeSheet> implements FreezePanes {
  constructor(
    private readonly env: RangeEnvironment,
    locate: () => FakeSheet | null,
  ) {
    super(env.queue, locate, false);
  }

  protected read(): unknown {
    throw new FakeRichApiError("InvalidArgument", "The fake FreezePanes has no properties.");
  }

  private freeze(call: string, argument: unknown, frozen: (sheet: FakeSheet) => FakeSheet["frozen"]): void {
    this.change(argument, (sheet) => {
      sheet.frozen = frozen(sheet);
      this.env.queue.record(sheet.name, "", `freezePanes.${call}()`, argument);
    });
  }

  freezeAt(frozenRange: string): void {
    this.freeze("freezeAt", frozenRange, () => {
      const area = parseFakeAddress(frozenRange);
      if (area === null) throw new FakeRichApiError("InvalidArgument", `Bad address '${frozenRange}'.`);
      return {
        rows: area.rowCount === MAX_ROWS ? 0 : area.row + area.rowCount,
        columns: area.colCount === MAX_COLUMNS ? 0 : area.col + area.colCount,
      };
    });
  }

  freezeRows(count = 1): void {
    this.freeze("freezeRows", count, () => ({ rows: count, columns: 0 }));
  }

  freezeColumns(count = 1): void {
    this.freeze("freezeColumns", count, () => ({ rows: 0, columns: count }));
  }

  unfreeze(): void {
    this.freeze("unfreeze", null, () => null);
  }

  getLocationOrNullObject(): FakeRange {
    return new FakeRange(
      this.env,
      () => {
        const sheet = this.locate();
        const frozen = sheet?.frozen;
        if (!sheet || !frozen) return null;
        const rowCount = frozen.rows === 0 ? MAX_ROWS : frozen.rows;
        const colCount = frozen.columns === 0 ? MAX_COLUMNS : frozen.columns;
        return { sheet, area: { row: 0, col: 0, rowCount, colCount } };
      },
      true,
    );
  }
}

export class FakePageLayout extends FakeClientObject<FakeSheet> implements PageLayout {
  constructor(
    private readonly env: RangeEnvironment,
    locate: () => FakeSheet | null,
  ) {
    super(env.queue, locate, false);
  }

  protected read(sheet: FakeSheet, property: string): unknown {
    if (property === "orientation") return sheet.page.orientation;
    if (property === "paperSize") return sheet.page.paperSize;
    if (property === "zoom") return { ...sheet.page.zoom };
    throw new FakeRichApiError("InvalidArgument", `The fake PageLayout has no property '${property}'.`);
  }

  private set(property: string, value: unknown, apply: (sheet: FakeSheet) => void): void {
    this.change(value, (sheet) => {
      apply(sheet);
      this.env.queue.record(sheet.name, "", `pageLayout.${property}`, value);
    });
  }

  get orientation(): string {
    return this.loadedValue("orientation");
  }
  set orientation(value: string) {
    this.set("orientation", value, (sheet) => (sheet.page.orientation = value));
  }
  get paperSize(): string {
    return this.loadedValue("paperSize");
  }
  set paperSize(value: string) {
    this.set("paperSize", value, (sheet) => (sheet.page.paperSize = value));
  }
  get zoom(): XPageZoom {
    return this.loadedValue("zoom");
  }
  set zoom(value: XPageZoom) {
    this.set("zoom", value, (sheet) => (sheet.page.zoom = { ...value }));
  }

  /** An empty address turns the title rows off. */
  setPrintTitleRows(rows: string): void {
    this.set("setPrintTitleRows()", rows, (sheet) => {
      const area = rows === "" ? null : parseFakeAddress(rows);
      if (rows !== "" && area === null)
        throw new FakeRichApiError("InvalidArgument", `Bad address '${rows}'.`);
      sheet.page.titleRows = area && {
        row: area.row,
        col: 0,
        rowCount: area.rowCount,
        colCount: MAX_COLUMNS,
      };
    });
  }

  getPrintTitleRowsOrNullObject(): FakeRange {
    return new FakeRange(
      this.env,
      () => {
        const sheet = this.locate();
        return sheet?.page.titleRows ? { sheet, area: sheet.page.titleRows } : null;
      },
      true,
    );
  }
}
