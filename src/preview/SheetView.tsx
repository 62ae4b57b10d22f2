/**
 * An HTML rendering of the active sheet of the fake workbook: column letters, row numbers, values as
 * displayed, the formats the add-in wrote, the selection and the cells with findings. A click selects a
 * cell and a shift-click extends the selection from it, as in Excel, so that the 読み方 view can be told
 * what cells are.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { columnName, parseRangeA1, toA1 } from "../core/grid";
import { useT } from "../taskpane/app/i18n";
import type { FakeExcel, FakeSheet } from "../workbook/fakeExcel";
import { displayValue } from "../core";
import { cellLook } from "./sheetStyles";

/** Rows drawn at most: the rendering is for reading, the engine sees the whole sheet. */
export const MAX_ROWS_SHOWN = 1000;

const useStyles = makeStyles({
  scroll: { overflow: "auto", flexGrow: 1, minHeight: 0, backgroundColor: "#ffffff", color: "#000000" },
  table: { borderCollapse: "collapse", fontSize: "12px", fontFamily: tokens.fontFamilyBase },
  head: {
    position: "sticky",
    top: 0,
    backgroundColor: "#f3f3f3",
    border: "1px solid #d0d0d0",
    fontWeight: 400,
    minWidth: "40px",
    zIndex: 1,
  },
  rowHead: {
    position: "sticky",
    left: 0,
    backgroundColor: "#f3f3f3",
    border: "1px solid #d0d0d0",
    textAlign: "right",
    padding: "0 4px",
    fontWeight: 400,
  },
  corner: { left: 0, zIndex: 2 },
  cell: {
    border: "1px solid #e1e1e1",
    padding: "1px 4px",
    whiteSpace: "nowrap",
    maxWidth: "22em",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  number: { textAlign: "right" },
  error: { color: "#c00000", fontWeight: 600 },
  bordered: { border: "1px solid #000000" },
  finding: { outline: "2px dashed #c00000", outlineOffset: "-2px" },
  selected: { outline: "3px solid #107c41", outlineOffset: "-3px" },
  more: { padding: tokens.spacingHorizontalS, color: "#444444" },
});

export interface SheetViewProps {
  fake: FakeExcel;
  sheet: FakeSheet;
  /** A cell clicked (`extend`: with shift, from the selection's first cell). */
  onSelect(address: string, extend: boolean): void;
  /** "Sheet!A1" keys of cells with findings. */
  findings: ReadonlySet<string>;
  /** Bumped whenever the workbook changed. */
  version: number;
}

export function SheetView({ fake, sheet, findings, version, onSelect }: SheetViewProps) {
  const styles = useStyles();
  const { t } = useT();
  const selectedRef = useRef<HTMLTableCellElement>(null);
  const selectionAddress = fake.state.selection?.sheet === sheet.name ? fake.state.selection.address : null;
  const selected = selectionAddress === null ? null : parseRangeA1(selectionAddress);
  const selection = selected === null ? null : toA1(selected.row, selected.col);
  const isSelected = (r: number, c: number) =>
    selected !== null &&
    r >= selected.row &&
    r < selected.row + selected.rowCount &&
    c >= selected.col &&
    c < selected.col + selected.colCount;
  const area = sheet.usedRange();
  useEffect(() => {
    // Braces: Chromium's scrollIntoView now returns a promise, which React would take for a cleanup.
    void selectedRef.current?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  }, [selection, version]);
  if (!area) return <div className={styles.scroll} />;
  const lastRow = area.row + area.rowCount;
  const rows = Array.from({ length: Math.min(lastRow, MAX_ROWS_SHOWN) }, (_, r) => r);
  const cols = Array.from({ length: area.col + area.colCount }, (_, c) => c);
  return (
    <div
      className={styles.scroll}
      tabIndex={0}
      role="region"
      aria-label={`${t("ui.preview.sheet")}: ${sheet.name}`}
    >
      <table className={styles.table} data-sheet={sheet.name}>
        <thead>
          <tr>
            <td className={`${styles.head} ${styles.corner}`} />
            {cols.map((c) => (
              <th key={c} className={styles.head} scope="col">
                {columnName(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r}>
              <th className={styles.rowHead} scope="row">
                {r + 1}
              </th>
              {cols.map((c) => {
                const address = toA1(r, c);
                const cell = sheet.get(r, c);
                const value = cell?.value ?? null;
                const text = displayValue(value, cell?.numberFormat ?? null);
                const look = cellLook(sheet, r, c, text);
                const classes = [
                  styles.cell,
                  typeof value === "number" ? styles.number : "",
                  typeof value === "object" && value !== null ? styles.error : "",
                  look.border ? styles.bordered : "",
                  findings.has(`${sheet.name}!${address}`) ? styles.finding : "",
                  isSelected(r, c) ? styles.selected : "",
                ];
                return (
                  <td
                    key={c}
                    ref={selection === address ? selectedRef : undefined}
                    data-address={address}
                    data-finding={findings.has(`${sheet.name}!${address}`) || undefined}
                    data-selected={isSelected(r, c) || undefined}
                    onClick={(event) => onSelect(address, event.shiftKey)}
                    title={cell?.formula ?? undefined}
                    className={classes.join(" ")}
                    style={{
                      backgroundColor: look.fill,
                      color: look.color,
                      fontWeight: look.bold ? 700 : undefined,
                    }}
                  >
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {lastRow > MAX_ROWS_SHOWN && (
        <p className={styles.more}>{t("ui.preview.moreRows", { shown: MAX_ROWS_SHOWN, total: lastRow })}</p>
      )}
    </div>
  );
}
