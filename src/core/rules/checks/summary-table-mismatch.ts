/**
 * `summary-table-mismatch`: a summary table that counts statuses per field does not add up — a row's
 * counts do not sum to its total (`重点項目数 2` over grades `- 1 - -`), the total row is not the sum of
 * the rows, or a share is not count ÷ total at the table's rounding. A row of shares that misses 100% only
 * by rounding (99.9%, 100.1%) is reported as information, once per row.
 */
import { formatNumber } from "../../format";
import { roundRatio } from "../../ratio";
import { publishedBy } from "../../rounding-inference";
import { decimalToNumber } from "../../decimal";
import type { CountRow, CountTable } from "../../tables/model";
import { countShares, readCountTable } from "../reading";
import { finding } from "../finding";
import type { Check, Finding } from "../types";
import type { Catalog } from "../../i18n/types";

export const messages = {
  "rules.summary-table-mismatch.row": {
    ja: "{cell}（{row}）の合計 {found} が、各区分の件数の和 {expected} と一致しません。",
    en: "{cell} ({row}): the total {found} is not the sum of the counts, {expected}.",
  },
  "rules.summary-table-mismatch.column": {
    ja: "{cell}（{row}・{column}）の {found} が、各行の和 {expected} と一致しません。",
    en: "{cell} ({row}, {column}): {found} is not the sum of the rows above, {expected}.",
  },
  "rules.summary-table-mismatch.share": {
    ja: "{cell}（{row}・{column}）の割合 {found} が、件数 {count} ÷ {total} = {expected} と一致しません。",
    en: "{cell} ({row}, {column}): the share {found} is not {count} ÷ {total} = {expected}.",
  },
  "rules.summary-table-mismatch.share-sum": {
    ja: "{cell}（{row}）からの割合の合計は {found} です。端数処理による差で、誤りではありません。",
    en: "{cell} ({row}): the shares add up to {found}, off 100% only by rounding; not an error.",
  },
} as const satisfies Catalog;

type Code = keyof typeof messages;

const sumOf = (row: CountRow) => row.counts.reduce((n, cell) => n + (cell?.count ?? 0), 0);

function rowName(row: CountRow): string {
  return row.label === "" ? (row.isTotal ? "合計" : "-") : row.label;
}

function columnName(table: CountTable, k: number): string {
  return table.statuses[k]?.label || `${k + 1}`;
}

function rowFindings(check: Check<Code>, table: CountTable): Finding[] {
  const findings: Finding[] = [];
  for (const row of table.rows) {
    if (row.total === null || row.counts.every((c) => c === null)) continue;
    const sum = sumOf(row);
    if (sum === row.total.count) continue;
    findings.push(
      finding(check, {
        sheet: table.sheet,
        cell: row.total.cell.address,
        code: "rules.summary-table-mismatch.row",
        params: {
          cell: row.total.cell.address,
          row: rowName(row),
          found: String(row.total.count),
          expected: String(sum),
        },
        found: String(row.total.count),
        expected: String(sum),
      }),
    );
  }
  return findings;
}

function columnFindings(check: Check<Code>, table: CountTable): Finding[] {
  const totalRow = table.rows.find((row) => row.isTotal);
  if (totalRow === undefined) return [];
  const parts = table.rows.filter((row) => !row.isTotal);
  const findings: Finding[] = [];
  const columns: { cell: CountRow["total"]; of: (row: CountRow) => number; name: string }[] = [
    { cell: totalRow.total, of: (row) => row.total?.count ?? 0, name: "計" },
    ...totalRow.counts.map((cell, k) => ({
      cell,
      of: (row: CountRow) => row.counts[k]?.count ?? 0,
      name: columnName(table, k),
    })),
  ];
  for (const { cell, of, name } of columns) {
    if (cell === null) continue;
    const sum = parts.reduce((n, row) => n + of(row), 0);
    if (sum === cell.count) continue;
    findings.push(
      finding(check, {
        sheet: table.sheet,
        cell: cell.cell.address,
        code: "rules.summary-table-mismatch.column",
        params: {
          cell: cell.cell.address,
          row: rowName(totalRow),
          column: name,
          found: String(cell.count),
          expected: String(sum),
        },
        found: String(cell.count),
        expected: String(sum),
      }),
    );
  }
  return findings;
}

function shareFindings(check: Check<Code>, table: CountTable): Finding[] {
  const rounding = readCountTable(table).rounding;
  const rule = rounding?.rule === "truncate" ? "truncate" : "half-up";
  const findings: Finding[] = [];
  const shares = countShares(table);
  for (const share of shares) {
    if (publishedBy(share.ratio, share.published, rule)) continue;
    if (share.published.kind !== "number") continue;
    const exponent = share.published.decimal.exponent - 2;
    const exact = roundRatio(share.ratio, exponent, rule);
    const expected = formatNumber({ coefficient: exact.coefficient, exponent: exact.exponent + 2 }, "%");
    const row = table.rows[share.row];
    const k = row.counts.findIndex((c) => c?.share?.cell.address === share.cell);
    const count = row.counts[k]?.count ?? 0;
    const found = formatNumber(share.published.decimal, "%");
    findings.push(
      finding(check, {
        sheet: table.sheet,
        cell: share.cell,
        code: "rules.summary-table-mismatch.share",
        params: {
          cell: share.cell,
          row: rowName(row),
          column: columnName(table, k),
          found,
          count,
          total: row.total?.count ?? 0,
          expected,
        },
        found,
        expected,
      }),
    );
  }
  for (const [k, row] of table.rows.entries()) {
    const own = shares.filter((s) => s.row === k);
    if (own.length < 2 || own.length !== row.counts.filter((c) => c !== null).length) continue;
    if (row.total === null || sumOf(row) !== row.total.count) continue;
    let sum = 0;
    for (const s of own) if (s.published.kind === "number") sum += decimalToNumber(s.published.decimal);
    const rounded = Math.round(sum * 1000) / 1000;
    if (rounded === 100) continue;
    const found = `${formatNumber({ coefficient: BigInt(Math.round(rounded * 10)), exponent: -1 }, "%")}`;
    findings.push(
      finding(check, {
        sheet: table.sheet,
        cell: own[0].cell,
        code: "rules.summary-table-mismatch.share-sum",
        severity: "info",
        params: { cell: own[0].cell, row: rowName(row), found },
        found,
        expected: "100.0%",
      }),
    );
  }
  return findings;
}

export const summaryTableMismatch: Check<Code> = {
  id: "summary-table-mismatch",
  severity: "error",
  messages,
  run({ model }) {
    const findings: Finding[] = [];
    for (const table of model.countTables ?? []) {
      findings.push(
        ...rowFindings(this, table),
        ...columnFindings(this, table),
        ...shareFindings(this, table),
      );
    }
    return findings;
  },
};
