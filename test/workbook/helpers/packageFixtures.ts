/**
 * A library of real-world package features, each a small .xlsx written part by part as Excel,
 * LibreOffice or openpyxl write them (no ExcelJS round trip): charts, drawings, chart sheets, sparklines,
 * x14 validations, page breaks, external links, names, protection, custom properties, furigana, named
 * styles, data bars, hyperlinks, tables, notes, VBA, shared formulas. Every fixture holds the same small
 * 進捗管理表 (header + 4 rows per indicator, as the benchmark's 004 layout) on its first sheet; `broken`
 * publishes a pending year as #VALUE! and mistypes a status, which kpi-check --fix corrects.
 */
import { achievementRate, classifyStatus, formatRate } from "../../../src/core";
import { zip } from "./zip";

export const SHEET_NAME = "進捗管理表";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const X14AC = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac";
const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM = "http://schemas.microsoft.com/office/excel/2006/main";
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = {
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  macroWorkbook: "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
  sheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  chartsheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  strings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
  calcChain: "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  externalLink: "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml",
  core: "application/vnd.openxmlformats-package.core-properties+xml",
  app: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
  custom: "application/vnd.openxmlformats-officedocument.custom-properties+xml",
};

const PERIODS = ["R3", "R4", "R5"];
const COLS = ["F", "G", "H"];

/** One cell as written into sheet XML. */
interface Cell {
  ref: string;
  s?: number;
  /** A shared-string text, an inline number, an error, or a formula with a cached value. */
  text?: string;
  number?: number;
  error?: string;
  formula?: { f: string; shared?: { si: number; ref?: string }; cached: number | string | { error: string } };
}

export interface FixtureOptions {
  /** A published #VALUE! where a year is pending and a mistyped status: fixable findings. */
  broken: boolean;
}

/** The parts of a package by name, in zip order; features add and patch them. */
export class PackageParts {
  readonly parts = new Map<string, string | Uint8Array>();
  readonly overrides = new Map<string, string>();
  readonly defaults = new Map<string, string>([
    ["rels", "application/vnd.openxmlformats-package.relationships+xml"],
    ["xml", "application/xml"],
  ]);
  readonly workbookRels: [string, string, string][] = [];
  readonly sheetRels: [string, string, string, string?][] = [];
  readonly rootRels: [string, string, string][] = [];
  /** Sheet part pieces in CT_Worksheet order, by element name. */
  readonly sheet = new Map<string, string>();
  readonly workbookBefore: string[] = [];
  readonly workbookAfterSheets: string[] = [];
  readonly extraSheets: string[] = [];
  readonly sheetExt: string[] = [];
  readonly strings: string[] = [];
  readonly stringXml: string[] = [];
  stylesXml = "";
  workbookType = CT.workbook;
  cells: Cell[][] = [];
  chain: string[] = [];
  /** openpyxl writes absolute relationship targets. */
  absoluteTargets = false;

  constructor(readonly broken: boolean) {}

  string(text: string, xml = `<si><t>${text}</t></si>`): string {
    let i = this.strings.indexOf(text);
    if (i < 0) {
      i = this.strings.length;
      this.strings.push(text);
      this.stringXml.push(xml);
    }
    return String(i);
  }

  addWorkbookRel(type: string, target: string): string {
    const id = `rId${this.workbookRels.length + 1}`;
    this.workbookRels.push([id, `${RT}/${type}`, target]);
    return id;
  }

  addSheetRel(type: string, target: string, external = false): string {
    const id = `rId${this.sheetRels.length + 1}`;
    this.sheetRels.push([
      id,
      type.startsWith("http") ? type : `${RT}/${type}`,
      target,
      external ? "External" : undefined,
    ]);
    return id;
  }

  add(name: string, data: string | Uint8Array, contentType?: string): void {
    this.parts.set(name, data);
    if (contentType !== undefined) this.overrides.set(`/${name}`, contentType);
  }
}

function kpiCells(p: PackageParts, options: FixtureOptions): void {
  const header = ["No.", "単位施策No.", "単位施策", "成果指標", "年度", ...PERIODS, "反映"];
  const rows: Cell[][] = [header.map((text, i) => ({ ref: `${String.fromCharCode(65 + i)}1`, s: 2, text }))];
  const indicators = [
    { unit: "件", targets: [100, 200, 300], actuals: ["120件", "150件", "集計中"] },
    { unit: "人", targets: [50, 60, 70], actuals: ["45人", "66人", "70人"] },
  ];
  indicators.forEach((indicator, n) => {
    const top = 2 + n * 4;
    const label = (text: string, row: number): Cell => ({ ref: `E${row}`, text });
    const targets = indicator.targets.map((t) => `${t.toLocaleString("en-US")}${indicator.unit}`);
    // Clean: numbers under a unit format (s 3: 件, 4: 人); broken: text with the unit, as typed.
    const unitStyle = indicator.unit === "件" ? 3 : 4;
    const amount = (text: string, ref: string): Cell => {
      const n = Number(text.replace(/[^0-9.]/g, ""));
      return options.broken || !/^[0-9,]+\D+$/.test(text) ? { ref, text } : { ref, number: n, s: unitStyle };
    };
    const statuses: Cell[] = [];
    const rates: Cell[] = [];
    COLS.forEach((col, p) => {
      const rate = achievementRate(indicator.actuals[p], targets[p]);
      const pending = rate.kind !== "rate";
      const status = pending ? "集計中" : classifyStatus(rate).label;
      const shown = rate.kind === "rate" ? formatRate(rate.ratio) : "集計中";
      const broken = options.broken && pending;
      statuses.push(
        broken ? { ref: `${col}${top + 2}`, error: "#VALUE!" } : { ref: `${col}${top + 2}`, text: status },
      );
      rates.push(
        broken ? { ref: `${col}${top + 3}`, error: "#VALUE!" } : { ref: `${col}${top + 3}`, text: shown },
      );
    });
    // A mistyped status (達成 for 未達成): the fix names the right one.
    if (options.broken && n === 0) statuses[1] = { ref: `G${top + 2}`, text: "達成" };
    rows.push([
      { ref: `A${top}`, number: n + 1 },
      { ref: `B${top}`, text: `I-${n + 1}` },
      { ref: `C${top}`, text: `単位施策${n + 1}` },
      { ref: `D${top}`, text: `成果指標${n + 1}` },
      label("目標", top),
      ...targets.map((text, p) => amount(text, `${COLS[p]}${top}`)),
      { ref: `I${top}`, text: "コメント" },
    ]);
    rows.push([
      label("実績", top + 1),
      ...indicator.actuals.map((text, p) => amount(text, `${COLS[p]}${top + 1}`)),
    ]);
    rows.push([label("結果", top + 2), ...statuses]);
    rows.push([label("達成率", top + 3), ...rates]);
  });
  p.cells = rows;
}

function cellXml(p: PackageParts, cell: Cell): string {
  const s = cell.s === undefined ? "" : ` s="${cell.s}"`;
  if (cell.formula !== undefined) {
    const { f, shared, cached } = cell.formula;
    const attrs =
      shared === undefined ? "" : ` t="shared"${shared.ref ? ` ref="${shared.ref}"` : ""} si="${shared.si}"`;
    const body = shared !== undefined && shared.ref === undefined ? `<f${attrs}/>` : `<f${attrs}>${f}</f>`;
    if (typeof cached === "number") return `<c r="${cell.ref}"${s}>${body}<v>${cached}</v></c>`;
    if (typeof cached === "string") return `<c r="${cell.ref}"${s} t="str">${body}<v>${cached}</v></c>`;
    return `<c r="${cell.ref}"${s} t="e">${body}<v>${cached.error}</v></c>`;
  }
  if (cell.text !== undefined) return `<c r="${cell.ref}"${s} t="s"><v>${p.string(cell.text)}</v></c>`;
  if (cell.error !== undefined) return `<c r="${cell.ref}"${s} t="e"><v>${cell.error}</v></c>`;
  return `<c r="${cell.ref}"${s}><v>${cell.number}</v></c>`;
}

function sheetDataXml(p: PackageParts): string {
  const rows = p.cells.map((cells) => {
    const r = /\d+/.exec(cells[0].ref)?.[0];
    return `<row r="${r}" spans="1:9" x14ac:dyDescent="0.4">${cells.map((cell) => cellXml(p, cell)).join("")}</row>`;
  });
  return `<sheetData>${rows.join("")}</sheetData>`;
}

const SHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetProtection",
  "autoFilter",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "drawing",
  "legacyDrawing",
  "tableParts",
  "extLst",
];

function target(p: PackageParts, relative: string, base: string): string {
  return p.absoluteTargets ? `/${base}${relative.replace(/^\.\.\//, "")}` : relative;
}

function relsXml(rels: readonly (readonly [string, string, string, string?])[]): string {
  const items = rels.map(
    ([id, type, to, mode]) =>
      `<Relationship Id="${id}" Type="${type}" Target="${to}"${mode ? ` TargetMode="${mode}"` : ""}/>`,
  );
  return `${DECL}<Relationships xmlns="${PKG_REL}">${items.join("")}</Relationships>`;
}

const STYLES = (extraCellStyleXfs = "", extraCellStyles = "", dxfs = "") =>
  `${DECL}<styleSheet xmlns="${MAIN}" xmlns:mc="${MC}" mc:Ignorable="x14ac x16r2 xr" xmlns:x14ac="${X14AC}">` +
  `<numFmts count="3"><numFmt numFmtId="176" formatCode="0.0%"/><numFmt numFmtId="177" formatCode="#,##0&quot;件&quot;"/><numFmt numFmtId="178" formatCode="#,##0&quot;人&quot;"/></numFmts>` +
  `<fonts count="2" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="游ゴシック"/><family val="2"/><charset val="128"/><scheme val="minor"/></font>` +
  `<font><b/><sz val="11"/><color theme="1"/><name val="ＭＳ Ｐゴシック"/><family val="3"/><charset val="128"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
  `<cellStyleXfs count="${1 + (extraCellStyleXfs ? 1 : 0)}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"><alignment vertical="center"/></xf>${extraCellStyleXfs}</cellStyleXfs>` +
  `<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"><alignment vertical="center"/></xf>` +
  `<xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment vertical="center"/></xf>` +
  `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"><alignment horizontal="center" vertical="center"/></xf>` +
  `<xf numFmtId="177" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment vertical="center"/></xf><xf numFmtId="178" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment vertical="center"/></xf></cellXfs>` +
  `<cellStyles count="${1 + (extraCellStyles ? 1 : 0)}"><cellStyle name="標準" xfId="0" builtinId="0"/>${extraCellStyles}</cellStyles>` +
  `<dxfs count="0"/>${dxfs}<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>` +
  `</styleSheet>`;

/** A feature: changes to the base package. */
export type Feature = (p: PackageParts) => void;

export function buildFixture(
  feature: Feature | null,
  options: FixtureOptions,
  extension = "xlsx",
): Uint8Array {
  const p = new PackageParts(options.broken);
  kpiCells(p, options);
  p.stylesXml = STYLES();
  p.sheet.set("dimension", `<dimension ref="A1:I9"/>`);
  p.sheet.set(
    "sheetViews",
    `<sheetViews><sheetView tabSelected="1" workbookViewId="0"><selection activeCell="A1" sqref="A1"/></sheetView></sheetViews>`,
  );
  p.sheet.set("sheetFormatPr", `<sheetFormatPr defaultRowHeight="18.75" x14ac:dyDescent="0.4"/>`);
  p.sheet.set("cols", `<cols><col min="4" max="4" width="24.625" customWidth="1"/></cols>`);
  p.sheet.set(
    "pageMargins",
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>`,
  );
  p.sheet.set("pageSetup", `<pageSetup paperSize="9" orientation="portrait"/>`);
  feature?.(p);
  if (extension === "xlsm" || extension === "xltm") p.workbookType = CT.macroWorkbook;
  return assemble(p);
}

function assemble(p: PackageParts): Uint8Array {
  p.sheet.set("sheetData", sheetDataXml(p));
  if (p.sheetExt.length > 0) p.sheet.set("extLst", `<extLst>${p.sheetExt.join("")}</extLst>`);
  const sheetXml =
    `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${REL}" xmlns:mc="${MC}" mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="${X14AC}">` +
    SHEET_ORDER.map((name) => p.sheet.get(name) ?? "").join("") +
    `</worksheet>`;
  const sheetRid = p.addWorkbookRel("worksheet", target(p, "worksheets/sheet1.xml", "xl/"));
  p.addWorkbookRel("styles", target(p, "styles.xml", "xl/"));
  p.addWorkbookRel("sharedStrings", target(p, "sharedStrings.xml", "xl/"));
  if (p.chain.length > 0) p.addWorkbookRel("calcChain", target(p, "calcChain.xml", "xl/"));
  const sheets = [`<sheet name="${SHEET_NAME}" sheetId="1" r:id="${sheetRid}"/>`, ...p.extraSheets].join("");
  const workbookXml =
    `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${REL}" xmlns:mc="${MC}" mc:Ignorable="x15 xr xr6 xr10 xr2">` +
    `<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/>` +
    `<workbookPr defaultThemeVersion="166925"/>${p.workbookBefore.join("")}` +
    `<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15720"/></bookViews>` +
    `<sheets>${sheets}</sheets>${p.workbookAfterSheets.join("")}<calcPr calcId="191029"/></workbook>`;
  const stringsXml = () =>
    `${DECL}<sst xmlns="${MAIN}" count="${p.strings.length}" uniqueCount="${p.strings.length}">${p.stringXml.join("")}</sst>`;
  const entries: { name: string; data: string | Uint8Array }[] = [];
  p.rootRels.unshift(
    ["rId1", `${RT}/officeDocument`, "xl/workbook.xml"],
    [
      "rId2",
      "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
      "docProps/core.xml",
    ],
    ["rId3", `${RT}/extended-properties`, "docProps/app.xml"],
  );
  const overrides = new Map<string, string>([
    ["/xl/workbook.xml", p.workbookType],
    ["/xl/worksheets/sheet1.xml", CT.sheet],
    ["/xl/styles.xml", CT.styles],
    ["/xl/sharedStrings.xml", CT.strings],
    ...(p.chain.length > 0 ? ([["/xl/calcChain.xml", CT.calcChain]] as [string, string][]) : []),
    ["/docProps/core.xml", CT.core],
    ["/docProps/app.xml", CT.app],
    ...p.overrides,
  ]);
  const types =
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    [...p.defaults].map(([ext, type]) => `<Default Extension="${ext}" ContentType="${type}"/>`).join("") +
    [...overrides].map(([name, type]) => `<Override PartName="${name}" ContentType="${type}"/>`).join("") +
    `</Types>`;
  entries.push({ name: "[Content_Types].xml", data: types });
  entries.push({ name: "_rels/.rels", data: relsXml(p.rootRels) });
  entries.push({ name: "xl/workbook.xml", data: workbookXml });
  entries.push({ name: "xl/_rels/workbook.xml.rels", data: relsXml(p.workbookRels) });
  entries.push({ name: "xl/worksheets/sheet1.xml", data: sheetXml });
  if (p.sheetRels.length > 0)
    entries.push({ name: "xl/worksheets/_rels/sheet1.xml.rels", data: relsXml(p.sheetRels) });
  entries.push({ name: "xl/styles.xml", data: p.stylesXml });
  entries.push({ name: "xl/sharedStrings.xml", data: stringsXml() });
  if (p.chain.length > 0)
    entries.push({
      name: "xl/calcChain.xml",
      data: `${DECL}<calcChain xmlns="${MAIN}">${p.chain.join("")}</calcChain>`,
    });
  entries.push({
    name: "docProps/core.xml",
    data: `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>企画課</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2024-04-01T00:00:00Z</dcterms:created></cp:coreProperties>`,
  });
  entries.push({
    name: "docProps/app.xml",
    data: `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`,
  });
  for (const [name, data] of p.parts) entries.push({ name, data });
  // Excel's own compression and a timestamp, unlike the writer's: a part it re-deflated would not match.
  const modified = { time: 0x5a2b, date: 0x5881 };
  return zip(entries.map((entry) => ({ ...entry, level: 9, modified })));
}

// ---- features -------------------------------------------------------------------------------------

const chartXml = (ref: string) =>
  `${DECL}<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${REL}"><c:roundedCorners val="0"/><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/>` +
  `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/>` +
  `<c:cat><c:strRef><c:f>'${SHEET_NAME}'!$F$1:$H$1</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${ref}</c:f></c:numRef></c:val></c:ser>` +
  `<c:gapWidth val="219"/><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>` +
  `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

const anchor = (inner: string, prefix = "xdr:") =>
  `<${prefix}twoCellAnchor editAs="oneCell"><${prefix}from><${prefix}col>10</${prefix}col><${prefix}colOff>0</${prefix}colOff><${prefix}row>1</${prefix}row><${prefix}rowOff>0</${prefix}rowOff></${prefix}from>` +
  `<${prefix}to><${prefix}col>16</${prefix}col><${prefix}colOff>0</${prefix}colOff><${prefix}row>14</${prefix}row><${prefix}rowOff>0</${prefix}rowOff></${prefix}to>${inner}<${prefix}clientData/></${prefix}twoCellAnchor>`;

const graphicFrame = (rid: string) =>
  `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="グラフ 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
  `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" r:id="${rid}"/></a:graphicData></a:graphic></xdr:graphicFrame>`;

function drawing(p: PackageParts, inner: string, rels: [string, string][] = []): void {
  p.add(
    "xl/drawings/drawing1.xml",
    `${DECL}<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}" xmlns:r="${REL}">${inner}</xdr:wsDr>`,
    CT.drawing,
  );
  if (rels.length > 0)
    p.add(
      "xl/drawings/_rels/drawing1.xml.rels",
      relsXml(rels.map(([type, to], i) => [`rId${i + 1}`, `${RT}/${type}`, to])),
    );
  const rid = p.addSheetRel("drawing", "../drawings/drawing1.xml");
  p.sheet.set("drawing", `<drawing r:id="${rid}"/>`);
}

const chartAndDrawing: Feature = (p) => {
  p.add("xl/charts/chart1.xml", chartXml(`'${SHEET_NAME}'!$F$2:$H$2`), CT.chart);
  drawing(p, anchor(graphicFrame("rId1")), [["chart", "../charts/chart1.xml"]]);
};

const chartSheet: Feature = (p) => {
  p.add("xl/charts/chart1.xml", chartXml(`'${SHEET_NAME}'!$F$2:$H$2`), CT.chart);
  p.add(
    "xl/drawings/drawing1.xml",
    `${DECL}<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}" xmlns:r="${REL}"><xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="8666100" cy="6286500"/>${graphicFrame("rId1")}<xdr:clientData/></xdr:absoluteAnchor></xdr:wsDr>`,
    CT.drawing,
  );
  p.add("xl/drawings/_rels/drawing1.xml.rels", relsXml([["rId1", `${RT}/chart`, "../charts/chart1.xml"]]));
  p.add(
    "xl/chartsheets/sheet2.xml",
    `${DECL}<chartsheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetPr/><sheetViews><sheetView zoomScale="115" workbookViewId="0" zoomToFit="1"/></sheetViews><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/></chartsheet>`,
    CT.chartsheet,
  );
  p.add(
    "xl/chartsheets/_rels/sheet2.xml.rels",
    relsXml([["rId1", `${RT}/drawing`, "../drawings/drawing1.xml"]]),
  );
  const rid = p.addWorkbookRel("chartsheet", "chartsheets/sheet2.xml");
  p.extraSheets.push(`<sheet name="グラフ" sheetId="2" r:id="${rid}"/>`);
};

const shape: Feature = (p) => {
  const sp =
    `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="テキスト ボックス 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>` +
    `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2000000" cy="600000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>` +
    `<xdr:txBody><a:bodyPr vertOverflow="clip" wrap="square" rtlCol="0" anchor="t"/><a:lstStyle/><a:p><a:r><a:rPr lang="ja-JP" altLang="en-US" sz="1100"/><a:t>R5 は見込み値</a:t></a:r></a:p></xdr:txBody></xdr:sp>`;
  drawing(p, anchor(sp));
};

const sparklines: Feature = (p) => {
  p.sheetExt.push(
    `<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${X14}"><x14:sparklineGroups xmlns:xm="${XM}">` +
      `<x14:sparklineGroup displayEmptyCellsAs="gap" xr2:uid="{00000000-0003-0000-0000-000000000000}" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2"><x14:colorSeries rgb="FF376092"/><x14:colorNegative rgb="FFD00000"/><x14:colorAxis rgb="FF000000"/><x14:colorMarkers rgb="FFD00000"/><x14:colorFirst rgb="FFD00000"/><x14:colorLast rgb="FFD00000"/><x14:colorHigh rgb="FFD00000"/><x14:colorLow rgb="FFD00000"/>` +
      `<x14:sparklines><x14:sparkline><xm:f>${SHEET_NAME}!F2:H2</xm:f><xm:sqref>J2</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext>`,
  );
};

function listSheet(p: PackageParts): void {
  p.add(
    "xl/worksheets/sheet2.xml",
    `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1:A3"/><sheetData><row r="1"><c r="A1" t="s"><v>${p.string("達成")}</v></c></row><row r="2"><c r="A2" t="s"><v>${p.string("未達成")}</v></c></row><row r="3"><c r="A3" t="s"><v>${p.string("集計中")}</v></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
    CT.sheet,
  );
  const rid = p.addWorkbookRel("worksheet", "worksheets/sheet2.xml");
  p.extraSheets.push(`<sheet name="リスト" sheetId="2" r:id="${rid}"/>`);
}

const crossSheetValidation: Feature = (p) => {
  listSheet(p);
  p.sheetExt.push(
    `<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}"><x14:dataValidations count="1" xmlns:xm="${XM}">` +
      `<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1><xm:f>リスト!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>F4:H4 F8:H8</xm:sqref></x14:dataValidation></x14:dataValidations></ext>`,
  );
};

const pageBreaks: Feature = (p) => {
  p.sheet.set(
    "pageSetup",
    `<pageSetup paperSize="9" scale="85" firstPageNumber="3" orientation="landscape" useFirstPageNumber="1"/>`,
  );
  p.sheet.set("headerFooter", `<headerFooter><oddFooter>&amp;P / &amp;N</oddFooter></headerFooter>`);
  p.sheet.set(
    "rowBreaks",
    `<rowBreaks count="1" manualBreakCount="1"><brk id="5" max="16383" man="1"/></rowBreaks>`,
  );
  p.sheet.set(
    "colBreaks",
    `<colBreaks count="1" manualBreakCount="1"><brk id="5" max="1048575" man="1"/></colBreaks>`,
  );
};

const externalLink: Feature = (p) => {
  p.add(
    "xl/externalLinks/externalLink1.xml",
    `${DECL}<externalLink xmlns="${MAIN}" xmlns:r="${REL}"><externalBook r:id="rId1"><sheetNames><sheetName val="集計"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>42</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`,
    CT.externalLink,
  );
  p.add(
    "xl/externalLinks/_rels/externalLink1.xml.rels",
    relsXml([["rId1", `${RT}/externalLinkPath`, "file:///C:/共有/集計.xlsx", "External"]]),
  );
  const rid = p.addWorkbookRel("externalLink", "externalLinks/externalLink1.xml");
  p.workbookAfterSheets.push(`<externalReferences><externalReference r:id="${rid}"/></externalReferences>`);
  p.cells[1].push({ ref: "J2", formula: { f: "[1]集計!$A$1", cached: 42 } });
  p.chain.push(`<c r="J2" i="1"/>`);
};

const names: Feature = (p) => {
  p.workbookAfterSheets.push(
    `<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">${SHEET_NAME}!$A$1:$I$9</definedName>` +
      `<definedName name="隠し範囲" hidden="1">${SHEET_NAME}!$F$2:$H$3</definedName>` +
      `<definedName name="指標表" localSheetId="0">${SHEET_NAME}!$A$1:$I$9</definedName><definedName name="率">0.8</definedName></definedNames>`,
  );
};

const protection: Feature = (p) => {
  p.workbookBefore.push(
    `<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="x9m5Qk2t0Q1w3vQ6ZrXz3A==" workbookSaltValue="c2FsdHNhbHQ=" workbookSpinCount="100000" lockStructure="1"/>`,
  );
};

const customProperties: Feature = (p) => {
  p.add(
    "docProps/custom.xml",
    `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="担当課"><vt:lpwstr>企画政策課</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="年度"><vt:i4>2024</vt:i4></property></Properties>`,
    CT.custom,
  );
  p.rootRels.push(["rId4", `${RT}/custom-properties`, "docProps/custom.xml"]);
};

const furigana: Feature = (p) => {
  p.string(
    "市民満足度",
    `<si><t>市民満足度</t><rPh sb="0" eb="2"><t>シミン</t></rPh><rPh sb="2" eb="5"><t>マンゾクド</t></rPh><phoneticPr fontId="1"/></si>`,
  );
  p.cells[1][3] = { ref: "D2", text: "市民満足度" };
  p.sheet.set("phoneticPr", `<phoneticPr fontId="1"/>`);
};

const namedStyles: Feature = (p) => {
  p.stylesXml = STYLES(
    `<xf numFmtId="0" fontId="1" fillId="0" borderId="0" applyFont="1"><alignment vertical="center"/></xf>`,
    `<cellStyle name="見出し（市）" xfId="1" customBuiltin="1"/>`,
  );
};

const DATA_BAR_ID = "{6D5A3B1C-1111-4A2B-9C3D-0123456789AB}";
const dataBar: Feature = (p) => {
  p.sheet.set(
    "conditionalFormatting",
    `<conditionalFormatting sqref="F2:H2"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar>` +
      `<extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="${X14}"><x14:id>${DATA_BAR_ID}</x14:id></ext></extLst></cfRule></conditionalFormatting>`,
  );
  p.sheetExt.push(
    `<ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${X14}"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="${XM}">` +
      `<x14:cfRule type="dataBar" id="${DATA_BAR_ID}"><x14:dataBar minLength="0" maxLength="100" gradient="1" border="1" negativeBarBorderColorSameAsPositive="0"><x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/><x14:borderColor rgb="FF638EC6"/><x14:negativeFillColor rgb="FFFF0000"/><x14:negativeBorderColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar></x14:cfRule>` +
      `<xm:sqref>F2:H2</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext>`,
  );
};

const hyperlinks: Feature = (p) => {
  p.cells[1].push({ ref: "J2", text: "市のページ" });
  const rid = p.addSheetRel("hyperlink", "https://www.example.jp/kpi/", true);
  p.sheet.set(
    "hyperlinks",
    `<hyperlinks><hyperlink ref="J2" r:id="${rid}" display="市のページ（KPI）"/><hyperlink ref="D2" location="'${SHEET_NAME}'!A1" display="先頭へ"/></hyperlinks>`,
  );
};

function note(p: PackageParts): void {
  p.add(
    "xl/comments1.xml",
    `${DECL}<comments xmlns="${MAIN}"><authors><author>企画課</author></authors><commentList><comment ref="D2" authorId="0" shapeId="0"><text><r><rPr><b/><sz val="9"/><color indexed="81"/><rFont val="MS P ゴシック"/><charset val="128"/></rPr><t>企画課:</t></r><r><rPr><sz val="9"/><color indexed="81"/><rFont val="MS P ゴシック"/><charset val="128"/></rPr><t xml:space="preserve">
R5 から定義変更</t></r></text></comment></commentList></comments>`,
    CT.comments,
  );
  p.defaults.set("vml", "application/vnd.openxmlformats-officedocument.vmlDrawing");
  p.add(
    "xl/drawings/vmlDrawing1.vml",
    `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;visibility:hidden" fillcolor="infoBackground [80]"><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill><x:Row>1</x:Row><x:Column>3</x:Column></x:ClientData></v:shape></xml>`,
  );
  p.addSheetRel("comments", "../comments1.xml");
  const vml = p.addSheetRel("vmlDrawing", "../drawings/vmlDrawing1.vml");
  p.sheet.set("legacyDrawing", `<legacyDrawing r:id="${vml}"/>`);
}

function table(p: PackageParts, styleInfo: boolean): void {
  p.add(
    "xl/tables/table1.xml",
    `${DECL}<table xmlns="${MAIN}" id="1" name="指標一覧" displayName="指標一覧" ref="A1:I9" totalsRowShown="0"><autoFilter ref="A1:I9"/><tableColumns count="9">` +
      ["No.", "単位施策No.", "単位施策", "成果指標", "年度", ...PERIODS, "反映"]
        .map((name, i) => `<tableColumn id="${i + 1}" name="${name}"/>`)
        .join("") +
      `</tableColumns>${styleInfo ? `<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` : ""}</table>`,
    CT.table,
  );
  const rid = p.addSheetRel("table", "../tables/table1.xml");
  p.sheet.set("tableParts", `<tableParts count="1"><tablePart r:id="${rid}"/></tableParts>`);
}

const tableAndNote: Feature = (p) => {
  note(p);
  table(p, true);
};

const noteAndDataBar: Feature = (p) => {
  note(p);
  dataBar(p);
};

const vba: Feature = (p) => {
  const bin = new Uint8Array(1536);
  bin.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  for (let i = 8; i < bin.length; i++) bin[i] = (i * 31) & 0xff;
  p.defaults.set("bin", "application/vnd.ms-office.vbaProject");
  p.add("xl/vbaProject.bin", bin);
  p.addWorkbookRel("vbaProject", "vbaProject.bin");
  // The VBA project's relationship type is Microsoft's, not the ECMA one addWorkbookRel spells.
  p.workbookRels[p.workbookRels.length - 1][1] =
    "http://schemas.microsoft.com/office/2006/relationships/vbaProject";
};

/**
 * The rates of indicator 2 as a row filled right (how Excel stores it: the first period is the shared
 * master); with `broken`, the master divides pending text and shows #VALUE!, which the fix replaces.
 */
const sharedFormulas: Feature = (p) => {
  const rows = p.cells;
  // Indicator 2 (rows 6–9): numeric targets and actuals, a pending first year.
  const targets = [50, 60, 70];
  const actuals: (number | string)[] = ["集計中", 66, 63];
  rows[5] = [
    rows[5][0],
    rows[5][1],
    rows[5][2],
    rows[5][3],
    rows[5][4],
    ...targets.map((n, i) => ({ ref: `${COLS[i]}6`, number: n })),
    rows[5][8],
  ];
  rows[6] = [
    rows[6][0],
    ...actuals.map((v, i) =>
      typeof v === "number" ? { ref: `${COLS[i]}7`, number: v } : { ref: `${COLS[i]}7`, text: v },
    ),
  ];
  const statuses = ["集計中", "達成", "概ね達成"];
  rows[7] = [rows[7][0], ...statuses.map((text, i) => ({ ref: `${COLS[i]}8`, text }))];
  const brokenMaster = p.broken;
  const master = brokenMaster ? "F7/F6" : 'IF(ISNUMBER(F7),F7/F6,"集計中")';
  rows[8] = [
    rows[8][0],
    {
      ref: "F9",
      s: 1,
      formula: {
        f: master,
        shared: { si: 0, ref: "F9:H9" },
        cached: brokenMaster ? { error: "#VALUE!" } : "集計中",
      },
    },
    { ref: "G9", s: 1, formula: { f: "", shared: { si: 0 }, cached: 1.1 } },
    { ref: "H9", s: 1, formula: { f: "", shared: { si: 0 }, cached: 0.9 } },
  ];
  p.chain.push(`<c r="F9" i="1"/>`, `<c r="G9"/>`, `<c r="H9"/>`);
};

/** LibreOffice writes tables without <tableStyleInfo>. */
const libreOfficeTable: Feature = (p) => table(p, false);

/** openpyxl: drawings in the default namespace, absolute relationship targets, an image. */
const openpyxlDrawing: Feature = (p) => {
  p.absoluteTargets = true;
  p.defaults.set("png", "image/png");
  const png = Uint8Array.from(
    Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
      "base64",
    ),
  );
  p.add("xl/media/image1.png", png);
  p.add(
    "xl/drawings/drawing1.xml",
    `<wsDr xmlns="${XDR}" xmlns:a="${A}"><oneCellAnchor><from><col>10</col><colOff>0</colOff><row>1</row><rowOff>0</rowOff></from><ext cx="952500" cy="952500"/>` +
      `<pic><nvPicPr><cNvPr id="1" name="Image 1" descr="Name of the image"/><cNvPicPr/></nvPicPr><blipFill><a:blip xmlns:r="${REL}" r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></blipFill>` +
      `<spPr><a:prstGeom prst="rect"/></spPr></pic><clientData/></oneCellAnchor></wsDr>`,
    CT.drawing,
  );
  p.add("xl/drawings/_rels/drawing1.xml.rels", relsXml([["rId1", `${RT}/image`, "/xl/media/image1.png"]]));
  const rid = p.addSheetRel("drawing", "/xl/drawings/drawing1.xml");
  p.sheet.set("drawing", `<drawing r:id="${rid}"/>`);
};

export interface FixtureCase {
  readonly name: string;
  readonly feature: Feature;
  readonly extension: string;
}

export const FIXTURES: readonly FixtureCase[] = [
  { name: "chart + drawing", feature: chartAndDrawing, extension: "xlsx" },
  { name: "chart sheet", feature: chartSheet, extension: "xlsx" },
  { name: "shape (text box)", feature: shape, extension: "xlsx" },
  { name: "sparklines (x14)", feature: sparklines, extension: "xlsx" },
  { name: "cross-sheet list validation (x14)", feature: crossSheetValidation, extension: "xlsx" },
  { name: "page breaks and numbering", feature: pageBreaks, extension: "xlsx" },
  { name: "external link", feature: externalLink, extension: "xlsx" },
  { name: "constant, sheet-scoped and hidden names", feature: names, extension: "xlsx" },
  { name: "workbook protection", feature: protection, extension: "xlsx" },
  { name: "custom properties", feature: customProperties, extension: "xlsx" },
  { name: "furigana", feature: furigana, extension: "xlsx" },
  { name: "named cell styles", feature: namedStyles, extension: "xlsx" },
  { name: "data bar with gradient", feature: dataBar, extension: "xlsx" },
  { name: "hyperlinks with display text", feature: hyperlinks, extension: "xlsx" },
  { name: "table + note", feature: tableAndNote, extension: "xlsx" },
  { name: "note + data bar", feature: noteAndDataBar, extension: "xlsx" },
  { name: ".xlsm with vbaProject.bin", feature: vba, extension: "xlsm" },
  { name: "shared formulas with the master fixed", feature: sharedFormulas, extension: "xlsx" },
  { name: "LibreOffice table without tableStyleInfo", feature: libreOfficeTable, extension: "xlsx" },
  {
    name: "openpyxl drawing (default namespace, absolute targets)",
    feature: openpyxlDrawing,
    extension: "xlsx",
  },
];

/** The fixture's package; `broken` gives it fixable findings. */
export function fixturePackage(fixture: FixtureCase, broken: boolean): Uint8Array {
  return buildFixture(fixture.feature, { broken }, fixture.extension);
}
