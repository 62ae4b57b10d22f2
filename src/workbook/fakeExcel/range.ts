/** The fake `Range` (contents, formats, cell properties, merges), `RangeAreas` and `ConditionalFormat`. */
import { columnName, matrix, rangeToA1, rangesOverlap, type CellRange } from "../../core/grid";
import { estimateBytes } from "../office/chunking";
import type {
  XCellProperties,
  XCellPropertiesLoad,
  XConditionalFormat,
  XDataValidation,
  XRange,
  XRangeAreas,
  XRangeFormat,
} from "../office/excelApi";
import { recordingBag, type BagSink } from "./bag";
import { FakeClientObject, FakeRichApiError, type FakeQueue } from "./clientObject";
import { formulaView, numberFormatView, parseInput, valueTypeView, valueView } from "./coerce";
import { applyRangeFormat, DEFAULT_COLUMN_WIDTH, patchCellFormat, reportedCellFormat } from "./cellFormat";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  type FakeCell,
  type FakeConditionalFormatRecord,
  FakeSheet,
  parseFakeAddress,
  type FakeWorkbookState,
} from "./state";

const MAX_MERGED_AREAS = 512;

export interface RangeTarget {
  sheet: FakeSheet;
  area: CellRange;
}

export interface RangeEnvironment {
  queue: FakeQueue;
  state: FakeWorkbookState;
  /** Reads of more cells than this come back `null`, as on Excel on the web (`Infinity` for none). */
  maxCellsPerRead: number;
  /** The add-in's localised function names active in the host (id → name); empty for English names. */
  localizedNames: Readonly<Record<string, string>>;
}

/** `KPI.<name>(`: a call of one of the add-in's functions by the name it is written with. */
const CUSTOM_CALL = /(?<![\w.])KPI\.([\p{L}][\p{L}\p{N}_.]*)(?=\s*\()/gu;

/** As Excel writes addresses: whole rows "1:4", whole columns "A:B", else "A1:B2". */
function localAddress(area: CellRange): string {
  if (area.col === 0 && area.colCount === MAX_COLUMNS) return `${area.row + 1}:${area.row + area.rowCount}`;
  if (area.row === 0 && area.rowCount === MAX_ROWS)
    return `${columnName(area.col)}:${columnName(area.col + area.colCount - 1)}`;
  return rangeToA1(area);
}

function qualified(sheet: FakeSheet, area: CellRange): string {
  const name = /^[\p{L}\p{N}_]+$/u.test(sheet.name) ? sheet.name : `'${sheet.name.replace(/'/g, "''")}'`;
  return `${name}!${localAddress(area)}`;
}

type CellView = (cell: FakeCell | undefined) => unknown;

const VIEWS: Record<string, CellView> = {
  values: valueView,
  formulas: formulaView,
  numberFormat: numberFormatView,
  valueTypes: valueTypeView,
};

export class FakeRange extends FakeClientObject<RangeTarget> implements XRange {
  readonly format: XRangeFormat;
  readonly dataValidation: XDataValidation;
  readonly conditionalFormats: XRange["conditionalFormats"];

  constructor(
    private readonly env: RangeEnvironment,
    locate: () => RangeTarget | null,
    nullable: boolean,
  ) {
    super(env.queue, locate, nullable);
    // The bags stand in for Office's nested format objects; their paths are checked by tests, not by types.
    this.format = recordingBag(
      env.queue,
      "format",
      (path, value) => {
        const { sheet, area } = this.target();
        applyRangeFormat(sheet, area, path, value);
        env.queue.record(sheet.name, rangeToA1(area), path, value);
      },
      (property) => {
        const { sheet, area } = this.target();
        if (property !== "columnWidth")
          throw new FakeRichApiError("InvalidArgument", `The fake RangeFormat loads only columnWidth.`);
        return sheet.columnWidths.get(area.col) ?? DEFAULT_COLUMN_WIDTH;
      },
    ) as XRangeFormat;
    this.dataValidation = recordingBag(
      env.queue,
      "dataValidation",
      (path, value) => this.validate(path, value),
      (property) => this.validationView(property),
    ) as XDataValidation;
    let loadedItems: FakeConditionalFormat[] | null = null;
    this.conditionalFormats = {
      add: (type) => this.addConditionalFormat(type),
      getItem: (id) => this.conditionalFormat(id, false),
      getItemOrNullObject: (id) => this.conditionalFormat(id, true),
      load: (propertyNames: string) => {
        if (propertyNames.replace(/\s/g, "") !== "items/id,items/type")
          throw new FakeRichApiError(
            "InvalidArgument",
            `The fake collection loads only "items/id,items/type".`,
          );
        this.queue.enqueue(() => {
          const list = this.target().sheet.conditionalFormats;
          loadedItems = list.map((record, index) =>
            new FakeConditionalFormat(
              this.env,
              () => record,
              false,
              () => undefined,
            ).preload({
              id: String(list.length - 1 - index),
              type: record.type,
            }),
          );
          return estimateBytes(list.map((record) => record.type));
        }, 100);
      },
      get items(): XConditionalFormat[] {
        if (loadedItems === null)
          throw new FakeRichApiError("PropertyNotLoaded", "items was not loaded and synced.");
        return loadedItems;
      },
      getCount: () => {
        let count: number | null = null;
        this.queue.enqueue(() => {
          count = this.target().sheet.conditionalFormats.length;
          return 8;
        }, 100);
        return {
          get value(): number {
            if (count === null) throw new FakeRichApiError("PropertyNotLoaded", "The count was not synced.");
            return count;
          },
        };
      },
    };
  }

  /**
   * The conditional format whose `id` is `id` at sync time. An id is "the priority of the conditional format
   * within the current ConditionalFormatCollection" (learn.microsoft.com/javascript/api/excel/excel.conditionalformat#id),
   * and `add` puts a new one "at the first/top priority" (…/excel.conditionalformatcollection#add): every add or
   * delete renumbers the others, so an id kept from an earlier batch may name another format or none.
   * The fake keeps a sheet's formats oldest first and always answers for the whole sheet's collection.
   */
  private conditionalFormat(id: string, nullable: boolean): FakeConditionalFormat {
    const locate = (): FakeConditionalFormatRecord | null => {
      const { sheet } = this.target();
      const list = sheet.conditionalFormats;
      const priority = Number(id);
      return Number.isInteger(priority) && priority >= 0 && priority < list.length
        ? list[list.length - 1 - priority]
        : null;
    };
    const cf = new FakeConditionalFormat(this.env, locate, nullable, () => undefined);
    return cf;
  }

  /** Where this range is, at sync time (for objects that take a range, such as charts). */
  resolve(): RangeTarget {
    return this.target();
  }

  protected read({ sheet, area }: RangeTarget, property: string): unknown {
    if (property === "address") return qualified(sheet, area);
    if (property === "rowCount") return area.rowCount;
    if (property === "columnCount") return area.colCount;
    const view = VIEWS[property];
    if (!view) throw new FakeRichApiError("InvalidArgument", `The fake Range has no property '${property}'.`);
    if (area.rowCount * area.colCount > this.env.maxCellsPerRead) return null;
    return matrix(area.rowCount, area.colCount, (r, c) => view(sheet.get(area.row + r, area.col + c)));
  }

  get address(): string {
    return this.loadedValue("address");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }
  get values(): unknown[][] {
    return this.loadedValue("values");
  }
  set values(values: unknown[][]) {
    this.write("values", values, (cell, input, at) => this.content(cell, input, at));
  }
  get formulas(): unknown[][] {
    return this.loadedValue("formulas");
  }
  set formulas(formulas: unknown[][]) {
    this.write("formulas", formulas, (cell, input, at) => this.content(cell, input, at));
  }
  /**
   * Formulas in the user's language: the add-in's localised function names are read back to their ids
   * (`formulas` shows a formula with the ids, as Excel's English form).
   */
  set formulasLocal(formulas: unknown[][]) {
    const byName = new Map(Object.entries(this.env.localizedNames).map(([id, name]) => [name, id]));
    const english = formulas.map((row) =>
      row.map((input) =>
        typeof input === "string" && input.startsWith("=")
          ? input.replace(CUSTOM_CALL, (call, name: string) =>
              byName.has(name) ? `KPI.${byName.get(name)}` : call,
            )
          : input,
      ),
    );
    this.write("formulasLocal", english, (cell, input, at) => this.content(cell, input, at, true), formulas);
  }
  get formulasLocal(): unknown[][] {
    throw new FakeRichApiError("InvalidArgument", "The fake does not read formulasLocal.");
  }
  get numberFormat(): unknown[][] {
    return this.loadedValue("numberFormat");
  }
  set numberFormat(formats: unknown[][]) {
    this.write("numberFormat", formats, (cell, input) => ({
      ...cell,
      numberFormat: input === "General" || input === "" || input === null ? null : String(input),
    }));
  }
  get valueTypes(): string[][] {
    return this.loadedValue("valueTypes");
  }

  /**
   * A formula written with `formulas` that calls the add-in's functions by their English names shows #NAME?
   * once localised names are active (office-js issue 891); with `local`, it was written in the user's language.
   */
  private content(
    cell: FakeCell,
    input: unknown,
    at: { sheet: FakeSheet; row: number; col: number },
    local = false,
  ): FakeCell {
    const parsed = parseInput(input);
    const localized = Object.keys(this.env.localizedNames);
    if (!local && parsed.formula !== null && localized.length > 0) {
      const calls = [...parsed.formula.matchAll(CUSTOM_CALL)].map((match) => match[1].toUpperCase());
      if (calls.some((id) => localized.includes(id)))
        return { value: { error: "#NAME?" }, formula: parsed.formula, numberFormat: cell.numberFormat };
    }
    // While API calculation is suspended a formula written stays uncalculated until a recalculation (./calculation.ts).
    const suspended = this.env.state.calculationSuspended && parsed.formula !== null;
    if (suspended) at.sheet.dirty.add(FakeSheet.key(at.row, at.col));
    const value =
      parsed.formula === null || suspended ? parsed.value : at.sheet.resultOf(at.row, at.col, parsed.formula);
    return { value, formula: parsed.formula, numberFormat: cell.numberFormat };
  }

  private write(
    property: string,
    data: unknown[][],
    update: (cell: FakeCell, input: unknown, at: { sheet: FakeSheet; row: number; col: number }) => FakeCell,
    recorded: unknown[][] = data,
  ): void {
    this.change(data, ({ sheet, area }) => {
      if (data.length !== area.rowCount || data.some((row) => row.length !== area.colCount)) {
        throw new FakeRichApiError(
          "InvalidArgument",
          `${property}: the array does not match the size of ${rangeToA1(area)}.`,
        );
      }
      data.forEach((row, r) =>
        row.forEach((input, c) => {
          const at = { sheet, row: area.row + r, col: area.col + c };
          const cell = sheet.get(at.row, at.col) ?? { value: null, formula: null, numberFormat: null };
          sheet.set(at.row, at.col, update(cell, input, at));
        }),
      );
      this.env.queue.record(sheet.name, rangeToA1(area), property, recorded);
    });
  }

  /**
   * What `dataValidation.load("type,rule,prompt,errorAlert")` reads: "None" and an empty rule where there is
   * none; "Inconsistent" when validations only partly cover the range
   * (learn.microsoft.com/javascript/api/excel/excel.datavalidationtype).
   */
  private validationView(property: string): unknown {
    const { sheet, area } = this.target();
    const address = rangeToA1(area);
    const exact = sheet.validations.find((record) => record.address === address);
    const partly = sheet.validations.some((record) => {
      const other = parseFakeAddress(record.address);
      return other !== null && rangesOverlap(other, area);
    });
    if (property === "type") {
      if (!exact) return partly ? "Inconsistent" : "None";
      const rule = exact.props["dataValidation.rule"] as XDataValidation["rule"] | undefined;
      return rule?.list ? "List" : rule?.custom ? "Custom" : "None";
    }
    if (property === "rule") return exact?.props["dataValidation.rule"] ?? {};
    if (property === "prompt")
      return exact?.props["dataValidation.prompt"] ?? { title: "", message: "", showPrompt: false };
    if (property === "errorAlert")
      return (
        exact?.props["dataValidation.errorAlert"] ?? {
          title: "",
          message: "",
          showAlert: true,
          style: "Stop",
        }
      );
    throw new FakeRichApiError("InvalidArgument", `The fake DataValidation has no property '${property}'.`);
  }

  private validate(path: string, value: unknown): void {
    const { sheet, area } = this.target();
    const address = rangeToA1(area);
    const index = sheet.validations.findIndex((record) => record.address === address);
    if (path === "dataValidation.clear()") {
      if (index >= 0) sheet.validations.splice(index, 1);
    } else if (index >= 0) {
      sheet.validations[index].props[path] = value;
    } else {
      sheet.validations.push({ address, props: { [path]: value } });
    }
    this.env.queue.record(sheet.name, address, path, value);
  }

  private addConditionalFormat(type: string): XConditionalFormat {
    let created: { sheet: FakeSheet; record: FakeConditionalFormatRecord } | null = null;
    this.change(type, ({ sheet, area }) => {
      created = { sheet, record: { id: this.env.state.newId(), address: rangeToA1(area), type, props: {} } };
      sheet.conditionalFormats.push(created.record);
      this.env.queue.record(sheet.name, rangeToA1(area), "conditionalFormats.add()", type);
    });
    const locate = () => created?.record ?? null;
    return new FakeConditionalFormat(this.env, locate, false, (path, value) => {
      if (created === null) return;
      created.record.props[path] = value;
      this.env.queue.record(created.sheet.name, created.record.address, path, value);
    });
  }

  /**
   * The merged areas whose top-left cell is in this range: office-js issue 3611 ("only returns merged areas
   * whose top left cell exists in the range passed"). More than 512 of them fail the request, as the
   * reference says of getMergedAreasOrNullObject ("if the merged areas count in this range is more than
   * 512, the API will fail to return the result"; learn.microsoft.com/javascript/api/excel/excel.range#getmergedareasornullobject).
   */
  getMergedAreasOrNullObject(): XRangeAreas {
    return new FakeRangeAreas(this.env.queue, () => {
      const target = this.locate();
      if (target === null) return null;
      const { area } = target;
      const merges = target.sheet.merges.filter((merge) =>
        rangesOverlap({ row: merge.row, col: merge.col, rowCount: 1, colCount: 1 }, area),
      );
      if (merges.length > MAX_MERGED_AREAS)
        throw new FakeRichApiError("GeneralException", `${merges.length} merged areas: more than 512.`);
      return merges.length === 0 ? null : { sheet: target.sheet, merges };
    });
  }

  /** Every cell's format as Excel reports it (./cellFormat.ts; the whole format whatever `load` selects within it). */
  getCellProperties(load: XCellPropertiesLoad): { readonly value: XCellProperties[][] } {
    let value: XCellProperties[][] | null = null;
    this.queue.enqueue(() => {
      const { sheet, area } = this.target();
      value = matrix(area.rowCount, area.colCount, (r, c) =>
        load.format ? { format: reportedCellFormat(sheet, area.row + r, area.col + c) } : {},
      );
      return estimateBytes(value);
    }, 100);
    return {
      get value(): XCellProperties[][] {
        if (value === null)
          throw new FakeRichApiError("PropertyNotLoaded", "The cell properties were not synced.");
        return value;
      },
    };
  }

  setCellProperties(properties: XCellProperties[][]): void {
    this.change(properties, ({ sheet, area }) => {
      if (properties.length !== area.rowCount || properties.some((row) => row.length !== area.colCount))
        throw new FakeRichApiError(
          "InvalidArgument",
          `setCellProperties: the array does not match ${rangeToA1(area)}.`,
        );
      properties.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell.format) patchCellFormat(sheet, area.row + r, area.col + c, cell.format);
        }),
      );
      this.env.queue.record(sheet.name, rangeToA1(area), "setCellProperties()", properties);
    });
  }

  unmerge(): void {
    this.change(null, ({ sheet, area }) => {
      const kept = sheet.merges.filter((merge) => !rangesOverlap(merge, area));
      sheet.merges.splice(0, sheet.merges.length, ...kept);
      this.env.queue.record(sheet.name, rangeToA1(area), "unmerge()", null);
    });
  }

  merge(across = false): void {
    this.change(across, ({ sheet, area }) => {
      sheet.merges.push(area);
      this.env.queue.record(sheet.name, rangeToA1(area), "merge()", across);
    });
  }

  /**
   * Range.select "selects the specified range in the Excel UI" (learn.microsoft.com/javascript/api/excel/excel.range#select);
   * the reference does not say it activates another sheet, so the fake leaves the active sheet as it is and
   * a selection on an inactive sheet stays out of the user's sight.
   */
  select(): void {
    this.change(null, ({ sheet, area }) => {
      this.env.state.selection = { sheet: sheet.name, address: rangeToA1(area) };
      this.env.queue.record(sheet.name, rangeToA1(area), "select()", null);
    });
  }
}

class FakeRangeAreas
  extends FakeClientObject<{ sheet: FakeSheet; merges: CellRange[] }>
  implements XRangeAreas
{
  constructor(queue: FakeQueue, locate: () => { sheet: FakeSheet; merges: CellRange[] } | null) {
    super(queue, locate, true);
  }

  protected read(target: { sheet: FakeSheet; merges: CellRange[] }, property: string): unknown {
    if (property !== "address")
      throw new FakeRichApiError("InvalidArgument", `The fake RangeAreas has no property '${property}'.`);
    return target.merges.map((merge) => qualified(target.sheet, merge)).join(",");
  }

  get address(): string {
    return this.loadedValue("address");
  }
}

class FakeConditionalFormat
  extends FakeClientObject<FakeConditionalFormatRecord>
  implements XConditionalFormat
{
  readonly textComparison: XConditionalFormat["textComparison"];
  readonly cellValue: XConditionalFormat["cellValue"];

  constructor(
    private readonly env: RangeEnvironment,
    locate: () => FakeConditionalFormatRecord | null,
    nullable: boolean,
    sink: BagSink,
  ) {
    super(env.queue, locate, nullable);
    const queue = env.queue;
    this.textComparison = recordingBag(queue, "textComparison", sink) as XConditionalFormat["textComparison"];
    this.cellValue = recordingBag(queue, "cellValue", sink) as XConditionalFormat["cellValue"];
  }

  /** The sheet holding the format, at sync time. */
  private sheetOf(target: FakeConditionalFormatRecord): FakeSheet {
    const sheet = this.env.state.sheets.find((s) => s.conditionalFormats.includes(target));
    if (!sheet) throw new FakeRichApiError("ItemNotFound", "The conditional format was deleted.");
    return sheet;
  }

  protected read(target: FakeConditionalFormatRecord, property: string): unknown {
    if (property === "id") {
      const list = this.sheetOf(target).conditionalFormats;
      return String(list.length - 1 - list.indexOf(target));
    }
    if (property === "type") return target.type;
    throw new FakeRichApiError(
      "InvalidArgument",
      `The fake ConditionalFormat has no property '${property}'.`,
    );
  }

  get id(): string {
    return this.loadedValue("id");
  }
  get type(): string {
    return this.loadedValue("type");
  }

  /** The range the format applies to (ExcelApi 1.6); a null object when the format is gone. */
  getRangeOrNullObject(): FakeRange {
    return new FakeRange(
      this.env,
      () => {
        const record = this.locate();
        if (record === null) return null;
        const area = parseFakeAddress(record.address);
        return area === null ? null : { sheet: this.sheetOf(record), area };
      },
      true,
    );
  }

  delete(): void {
    this.change(null, (record) => {
      const sheet = this.sheetOf(record);
      sheet.conditionalFormats.splice(sheet.conditionalFormats.indexOf(record), 1);
      this.env.queue.record(sheet.name, record.address, "conditionalFormats.delete()", record.id);
    });
  }
}
