/**
 * Write operations for formatting: range styles, conditional formats, data validation and sheet layouts,
 * and the operations that remove added conditional formats / validations on undo.
 */
import { columnName, parseRangeA1, rangeToA1 } from "../../core/grid";
import type { ConditionalFormatRule, DataValidationRule, RangeStyle, SheetLayout, UndoToken } from "../port";
import { sheetReference, textLiteral } from "../references";
import { estimateBytes, OPERATION_OVERHEAD_BYTES } from "./chunking";
import type { XBorderIndex, XDataValidation, XFormatTarget } from "./excelApi";
import { conditionalFormatRef } from "./removeAdded";
import { sheetOf, type ReadOp, type WriteOp } from "./writeOps";

/** "$C$4:$D$4" → "C4:D4", as the token keeps a conditional format's range. */
function plainRange(address: string): string {
  const area = parseRangeA1(address.replace(/\$/g, ""));
  return area ? rangeToA1(area) : address;
}

type Added = UndoToken["added"][number];

const EDGES: XBorderIndex[] = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
];

function op(payload: unknown, queue: WriteOp["queue"]): WriteOp {
  return { bytes: OPERATION_OVERHEAD_BYTES + estimateBytes(payload), queue };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function setColors(
  target: XFormatTarget,
  fill: string | undefined,
  fontColor: string | undefined,
  bold: boolean | undefined,
): void {
  if (fill !== undefined) target.fill.color = fill;
  if (fontColor !== undefined) target.font.color = fontColor;
  if (bold !== undefined) target.font.bold = bold;
}

export function styleOp(style: RangeStyle): WriteOp {
  return op(style, (context) => {
    const range = sheetOf(context, style.sheet).getRange(style.address);
    setColors(range.format, style.fill, style.fontColor, style.bold);
    if (style.wrap !== undefined) range.format.wrapText = style.wrap;
    if (style.horizontalAlignment) range.format.horizontalAlignment = capitalize(style.horizontalAlignment);
    if (style.verticalAlignment) range.format.verticalAlignment = capitalize(style.verticalAlignment);
    if (style.borders) {
      const line = style.borders === "thin-all" ? "Continuous" : "None";
      for (const edge of EDGES) range.format.borders.getItem(edge).style = line;
    }
    return { ranges: [range] };
  });
}

const CELL_VALUE_OPERATORS = {
  greaterThanOrEqual: "GreaterThanOrEqual",
  lessThan: "LessThan",
  between: "Between",
  equal: "EqualTo",
} as const;

export function conditionalFormatOp(rule: ConditionalFormatRule, added: Added[]): WriteOp {
  return op(rule, (context) => {
    const range = sheetOf(context, rule.sheet).getRange(rule.address);
    let format: XFormatTarget;
    const cf = range.conditionalFormats.add(rule.kind === "textBeginsWith" ? "ContainsText" : "CellValue");
    if (rule.kind === "textBeginsWith") {
      cf.textComparison.rule = { operator: "BeginsWith", text: rule.text ?? "" };
      format = cf.textComparison.format;
    } else if (rule.kind === "textEquals") {
      cf.cellValue.rule = { operator: "EqualTo", formula1: `=${textLiteral(rule.text ?? "")}` };
      format = cf.cellValue.format;
    } else {
      const operator = CELL_VALUE_OPERATORS[rule.operator ?? "equal"];
      cf.cellValue.rule = {
        operator,
        formula1: rule.formula1 ?? "",
        ...(rule.formula2 ? { formula2: rule.formula2 } : {}),
      };
      format = cf.cellValue.format;
    }
    setColors(format, rule.fill, rule.fontColor, rule.bold);
    const type = rule.kind === "textBeginsWith" ? "ContainsText" : "CellValue";
    return {
      ranges: [range],
      // The id is the format's priority, shifted by every later add: read once the whole batch is queued.
      beforeSync: () => cf.load("id"),
      after: () =>
        added.push({
          sheet: rule.sheet,
          kind: "conditionalFormat",
          ref: conditionalFormatRef({ id: cf.id, type, address: plainRange(rule.address) }),
        }),
    };
  });
}

/** A range's data validation before a change set replaced it (null: none), kept in the token's `ref`. */
export interface ValidationBefore {
  type: string;
  rule: XDataValidation["rule"];
  prompt: XDataValidation["prompt"];
  errorAlert: XDataValidation["errorAlert"];
}

/** The token's `ref` of an added validation: its address and what it replaced (a bare address in older tokens). */
export function validationRef(ref: string): { address: string; before: ValidationBefore | null } {
  return ref.startsWith("{")
    ? (JSON.parse(ref) as { address: string; before: ValidationBefore | null })
    : { address: ref, before: null };
}

/** Reads the validation each rule will replace (existing sheets only), in the before-state sync. */
export function validationReadOps(
  rules: readonly DataValidationRule[],
  newSheets: readonly string[],
  out: Map<string, ValidationBefore | null>,
): ReadOp[] {
  return rules
    .filter((rule) => !newSheets.includes(rule.sheet))
    .map((rule) => ({
      sheet: rule.sheet,
      bytes: OPERATION_OVERHEAD_BYTES * 2,
      queue(context) {
        const validation = sheetOf(context, rule.sheet).getRange(rule.address).dataValidation;
        validation.load("type,rule,prompt,errorAlert");
        return {
          collect: () => {
            const { type, rule: before, prompt, errorAlert } = validation;
            out.set(
              `${rule.sheet}\u0000${rule.address}`,
              type === "None" ? null : { type, rule: before, prompt, errorAlert },
            );
          },
        };
      },
    }));
}

export function validationOp(
  rule: DataValidationRule,
  added: Added[],
  before: ValidationBefore | null = null,
): WriteOp {
  return op(rule, (context) => {
    const range = sheetOf(context, rule.sheet).getRange(rule.address);
    const validation = range.dataValidation;
    validation.clear();
    validation.rule =
      rule.kind === "list"
        ? { list: { inCellDropDown: true, source: (rule.list ?? []).join(",") } }
        : { custom: { formula: rule.formula ?? "" } };
    if (rule.inputTitle !== undefined || rule.inputMessage !== undefined) {
      validation.prompt = {
        title: rule.inputTitle ?? "",
        message: rule.inputMessage ?? "",
        showPrompt: true,
      };
    }
    if (rule.errorMessage !== undefined) {
      validation.errorAlert = {
        title: "",
        message: rule.errorMessage,
        showAlert: true,
        style: capitalize(rule.errorStyle ?? "stop"),
      };
    }
    return {
      ranges: [range],
      after: () =>
        added.push({
          sheet: rule.sheet,
          kind: "validation",
          ref: JSON.stringify({ address: rule.address, before }),
        }),
    };
  });
}

/** Excel column widths are in points; a width in characters of the default font is about 7 px per character plus 5 px padding. */
export function charactersToPoints(characters: number): number {
  return ((characters * 7 + 5) * 3) / 4;
}

/** Layout operations; print setup needs ExcelApi 1.9 and is skipped (not failed) on older hosts. */
export function layoutOps(layout: SheetLayout, printSupported: boolean, added: Added[]): WriteOp[] {
  const ops: WriteOp[] = [];
  for (const { column, width } of layout.columnWidths ?? []) {
    ops.push(
      op(column, (context) => {
        const range = sheetOf(context, layout.sheet).getRange(`${column}:${column}`);
        range.format.columnWidth = charactersToPoints(width);
        return { ranges: [range] };
      }),
    );
  }
  const freeze = layout.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    ops.push(
      op(freeze, (context) => {
        const panes = sheetOf(context, layout.sheet).freezePanes;
        if (freeze.rows > 0 && freeze.columns > 0)
          panes.freezeAt(`A1:${columnName(freeze.columns - 1)}${freeze.rows}`);
        else if (freeze.rows > 0) panes.freezeRows(freeze.rows);
        else panes.freezeColumns(freeze.columns);
        return { ranges: [] };
      }),
    );
  }
  for (const address of layout.merges ?? []) {
    ops.push(
      op(address, (context) => {
        const range = sheetOf(context, layout.sheet).getRange(address);
        range.merge(false);
        return { ranges: [range] };
      }),
    );
  }
  const print = layout.print;
  if (print && printSupported) {
    ops.push(
      op(print, (context) => {
        const page = sheetOf(context, layout.sheet).pageLayout;
        page.orientation = capitalize(print.orientation);
        page.paperSize = print.paperSize;
        if (print.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        if (print.titleRows) page.setPrintTitleRows(print.titleRows);
        return { ranges: [] };
      }),
    );
  }
  // Sheet-scoped names (worksheet.names, ExcelApi 1.4): a workbook-scoped name would outlive the sheet's
  // deletion on undo and make re-creating the template fail; undo deletes them (./removeAdded.ts).
  for (const name of layout.names ?? []) {
    ops.push(
      op(name, (context) => {
        sheetOf(context, layout.sheet).names.add(name.name, `=${sheetReference(layout.sheet, name.address)}`);
        return {
          ranges: [],
          after: () => added.push({ sheet: layout.sheet, kind: "name", ref: name.name }),
        };
      }),
    );
  }
  return ops;
}
