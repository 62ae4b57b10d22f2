// Regenerates the sample workbooks in samples/ from the seed tables in test/fixtures/seeds/*.json.
// Usage: node scripts/make-samples.mjs [outDir]   (default: samples/)
//
// Cells hold what a city typed, as Excel would store it: "1,600件" and "集計中" stay text, "4" and
// "1,600" become numbers (shown with grouping), "209.4%" becomes 2.094 shown as 0.0%, and "#VALUE!"
// is a real error cell. Plain JavaScript on ExcelJS: it imports nothing from src/.
import ExcelJS from "exceljs";
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = process.argv[2] ?? join(root, "samples");
const seed = (name) => JSON.parse(readFileSync(join(root, "test/fixtures/seeds", name), "utf8"));
const FIXED_DATE = new Date("2024-04-01T00:00:00Z");
const ERRORS = new Set(["#VALUE!", "#DIV/0!", "#N/A", "#REF!", "#NAME?", "#NUM!", "#NULL!"]);

/** A typed text as Excel stores it: { value, numFmt? }. */
function typed(text) {
  if (text === null || text === undefined || text === "") return { value: null };
  if (ERRORS.has(text)) return { value: { error: text } };
  const percent = /^(-?\d+(?:\.(\d+))?)%$/.exec(text);
  if (percent)
    return {
      value: Number(`${percent[1]}e-2`),
      numFmt: `0${percent[2] ? "." + "0".repeat(percent[2].length) : ""}%`,
    };
  if (/^-?\d{1,3}(,\d{3})+$/.test(text)) return { value: Number(text.replace(/,/g, "")), numFmt: "#,##0" };
  if (/^-?\d+(\.\d+)?$/.test(text)) return { value: Number(text) };
  return { value: text };
}

function put(sheet, address, text) {
  const { value, numFmt } = typed(text);
  const cell = sheet.getCell(address);
  cell.value = value;
  if (numFmt) cell.numFmt = numFmt;
  return cell;
}

function newWorkbook() {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "KPI評価アドイン samples";
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  return workbook;
}

function headerRow(sheet, rowNumber, labels) {
  labels.forEach((label, i) => {
    const cell = sheet.getCell(rowNumber, i + 1);
    cell.value = label;
    cell.font = { bold: true };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  });
}

function widths(sheet, list) {
  list.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
}

const field = (notes, pattern) => pattern.exec(notes)?.[1] ?? null;

// ---------------------------------------------------------------- 004 厚木市
function atsugi() {
  const indicators = seed("004-atsugi-kpi.json");
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet("取組状況");
  const intro = [
    ["令和5年度取組状況"],
    [],
    ["プラン全体", "36単位施策"],
    ["成果指標達成見込み", "19単位施策（概ね達成見込みを含む）"],
    ["成果指標未達成見込み", "9単位施策"],
    ["成果指標集計中等", "8単位施策"],
    [],
    ["〔結果の見方〕"],
    ["・達成見込み … 達成率100%以上"],
    ["・概ね達成見込み … 達成率80%以上100%未満"],
    ["・未達成見込み … 達成率80%未満"],
    [],
    ["〔実績について〕"],
    ["… R3・4は確定値。R5は見込値。"],
    [],
  ];
  intro.forEach((row, i) => row.forEach((text, c) => (sheet.getCell(i + 1, c + 1).value = text)));
  sheet.getCell("A1").font = { bold: true, size: 14 };
  const header = intro.length + 1;
  headerRow(sheet, header, [
    "No.",
    "単位施策No.",
    "単位施策",
    "成果指標",
    "年度",
    "R3",
    "R4",
    "R5",
    "後期実施計画(案)への反映",
  ]);
  let row = header + 1;
  for (const kpi of indicators) {
    const rows = [
      ["目標", kpi.target],
      ["実績", kpi.actual],
      ["結果", kpi.published_status],
      ["達成率", kpi.published_rate],
    ];
    sheet.getCell(row, 1).value = Number(kpi.id.replace("No.", ""));
    sheet.getCell(row, 2).value = field(kpi.notes, /単位施策No\. "([^"]*)"/);
    sheet.getCell(row, 3).value = field(kpi.notes, /単位施策 "([^"]*)"/);
    sheet.getCell(row, 4).value = kpi.name;
    sheet.getCell(row, 9).value = field(kpi.notes, /後期実施計画\(案\)への反映: (.*)$/);
    rows.forEach(([label, values], i) => {
      sheet.getCell(row + i, 5).value = label;
      values.forEach((text, p) => put(sheet, `${String.fromCharCode(70 + p)}${row + i}`, text));
    });
    for (const col of ["A", "B", "C", "D", "I"]) sheet.mergeCells(`${col}${row}:${col}${row + 3}`);
    for (const col of ["A", "B", "C", "D", "I"])
      sheet.getCell(`${col}${row}`).alignment = { vertical: "top", wrapText: true };
    row += 4;
  }
  widths(sheet, [5, 14, 24, 30, 8, 12, 12, 14, 60]);
  sheet.views = [{ state: "frozen", ySplit: header }];
  sheet.pageSetup.printTitlesRow = `${header}:${header}`;

  // The second layout: one row pair per unit measure, with the baseline (現状値).
  const second = workbook.addWorksheet("成果指標（単位施策別）");
  headerRow(second, 1, [
    "単位施策",
    "成果指標",
    "現状値 (令和2年度)",
    "目標と実績",
    "令和3年度",
    "令和4年度",
    "令和5年度",
  ]);
  let line = 2;
  for (const kpi of indicators) {
    for (const measure of kpi.unit_measures_layout2) {
      second.getCell(line, 1).value = measure.label;
      second.getCell(line, 2).value = kpi.name;
      put(second, `C${line}`, kpi.baseline);
      [
        ["目標", kpi.target],
        ["実績", kpi.actual],
      ].forEach(([label, values], i) => {
        second.getCell(line + i, 4).value = label;
        values.forEach((text, p) => put(second, `${String.fromCharCode(69 + p)}${line + i}`, text));
      });
      for (const col of ["A", "B", "C"]) second.mergeCells(`${col}${line}:${col}${line + 1}`);
      line += 2;
    }
  }
  widths(second, [30, 30, 16, 10, 12, 12, 14]);
  return workbook;
}

// ---------------------------------------------------------------- 000 相模原市 (累計)
function sagamihara() {
  const indicators = seed("000-sagamihara-kpi.json");
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet("交付金KPI");
  let row = 1;
  let section = null;
  for (const kpi of indicators) {
    if (kpi.section !== section) {
      section = kpi.section;
      sheet.getCell(row, 1).value = section;
      sheet.getCell(row, 1).font = { bold: true };
      row += 2;
    }
    sheet.getCell(row, 1).value = `${kpi.id} ${kpi.name}（${kpi.unit}）`;
    headerRow(sheet, row + 1, ["", ...kpi.periods]);
    [
      ["目標値", kpi.target],
      ["実績値", kpi.actual],
      ["達成率", kpi.published_rate],
    ].forEach(([label, values], i) => {
      sheet.getCell(row + 2 + i, 1).value = label;
      values.forEach((text, p) => put(sheet, `${String.fromCharCode(66 + p)}${row + 2 + i}`, text));
    });
    row += 6;
  }
  widths(sheet, [40, 12, 12, 12, 12, 12, 12]);
  return workbook;
}

// ---------------------------------------------------------------- 002 札幌市 事業評価調書
function sapporo() {
  const indicators = seed("002-sapporo-eval.json");
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet("事業評価調書");
  sheet.getCell("A1").value = indicators[0].section;
  sheet.getCell("A1").font = { bold: true, size: 14 };
  let row = 3;
  for (const kpi of indicators) {
    const plan = kpi.id.startsWith("活動指標") ? "予定" : "目標";
    headerRow(sheet, row, [
      "区分",
      "指標名",
      "令和2年度実績",
      `令和3年度${plan}`,
      "令和3年度実績",
      `令和4年度${plan}`,
    ]);
    sheet.getCell(row + 1, 1).value = kpi.id;
    sheet.getCell(row + 1, 2).value = kpi.name;
    [kpi.actual[0], kpi.target[1], kpi.actual[1], kpi.target[2]].forEach((text, i) =>
      put(sheet, `${String.fromCharCode(67 + i)}${row + 1}`, text),
    );
    // The sheet's second slot of each kind is left empty, as in the published form.
    sheet.getCell(row + 2, 1).value = kpi.id.replace(/1$/, "2");
    row += 4;
  }
  widths(sheet, [12, 50, 14, 14, 14, 14]);
  return workbook;
}

// ---------------------------------------------------------------- a clean table
/** Layout 1 done right: numbers with unit formats, rate and status formulas with their cached results. */
function clean() {
  const picked = seed("004-atsugi-kpi.json").filter((kpi) =>
    ["No.1", "No.3", "No.4", "No.6", "No.9"].includes(kpi.id),
  );
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet("KPI評価");
  headerRow(sheet, 1, ["No.", "成果指標", "年度", "R3", "R4", "R5"]);
  const status = (rate) => (rate >= 1 ? "達成" : rate >= 0.8 ? "概ね達成" : "未達成");
  let row = 2;
  for (const kpi of picked) {
    const percent = kpi.unit === "%";
    const number = (text) =>
      percent ? Number(`${text.replace("%", "")}e-2`) : Number(text.replace(/[^\d.]/g, ""));
    const format = percent ? "0.0%" : `#,##0"${kpi.unit}"`;
    sheet.getCell(row, 1).value = Number(kpi.id.replace("No.", ""));
    sheet.getCell(row, 2).value = kpi.name;
    ["目標", "実績", "結果", "達成率"].forEach((label, i) => (sheet.getCell(row + i, 3).value = label));
    kpi.periods.forEach((_, p) => {
      const col = String.fromCharCode(68 + p);
      const [t, a] = [number(kpi.target[p]), number(kpi.actual[p])];
      const rate = a / t;
      const suffix = p === 2 ? '&"見込み"' : "";
      Object.assign(sheet.getCell(`${col}${row}`), { value: t, numFmt: format });
      Object.assign(sheet.getCell(`${col}${row + 1}`), { value: a, numFmt: format });
      sheet.getCell(`${col}${row + 2}`).value = {
        formula: `IF(${col}${row + 3}>=1,"達成",IF(${col}${row + 3}>=0.8,"概ね達成","未達成"))${suffix}`,
        result: status(rate) + (p === 2 ? "見込み" : ""),
      };
      Object.assign(sheet.getCell(`${col}${row + 3}`), {
        value: { formula: `${col}${row + 1}/${col}${row}`, result: rate },
        numFmt: "0.0%",
      });
    });
    sheet.mergeCells(`A${row}:A${row + 3}`);
    sheet.mergeCells(`B${row}:B${row + 3}`);
    row += 4;
  }
  widths(sheet, [5, 40, 8, 14, 14, 14]);
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  return workbook;
}

mkdirSync(outDir, { recursive: true });
const samples = {
  "004-atsugi-kpi.xlsx": atsugi,
  "000-sagamihara-kpi.xlsx": sagamihara,
  "002-sapporo-eval.xlsx": sapporo,
  "clean-kpi.xlsx": clean,
};
for (const [file, build] of Object.entries(samples)) {
  await build().xlsx.writeFile(join(outDir, file));
  console.log(`wrote ${join(outDir, file)}`);
}
