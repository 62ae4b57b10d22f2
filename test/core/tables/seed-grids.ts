/**
 * Test grids built from the seed fixtures, laid out as a PDF extractor would put them into a sheet:
 * text cells with units (`1,600件`), `#VALUE!` as an Excel error, page-repeated header blocks and blank
 * spacer rows. Each builder follows one layout of docs/domain.md (Table layouts).
 */
import { gridFromRows, type CellValue, type Grid } from "../../../src/core/grid";
import { HEADER_004_1, loadSeed, type SeedIndicator } from "../../support/seeds";

export type { SeedIndicator };

export const SEED_004 = loadSeed("004-atsugi-kpi.json");
export const SEED_000 = loadSeed("000-sagamihara-kpi.json");
export const SEED_002 = loadSeed("002-sapporo-eval.json");

type Row = CellValue[];

/** A transcribed cell as the sheet holds it: `#VALUE!` is an Excel error, everything else text. */
export function cell(text: string | null): CellValue {
  if (text === null) return null;
  return text.startsWith("#") ? { error: text } : text;
}

function quoted(notes: string, key: string): string {
  const m = new RegExp(`${key} "([^"]*)"`).exec(notes);
  return m === null ? "" : m[1];
}

/** 単位施策No. and 単位施策 as written in 004's first table. */
export function measureCodes(seed: SeedIndicator): string {
  return quoted(seed.notes, "単位施策No\\.");
}

function measureNames(seed: SeedIndicator): string {
  return quoted(seed.notes, "単位施策");
}

export const SUMMARY_004 = { total: 36, achieved: 19, notAchieved: 9, pending: 8 };

function summaryBlock(summary = SUMMARY_004): Row[] {
  return [
    ["令和5年度取組状況"],
    [],
    ["プラン全体", `${summary.total}単位施策`],
    ["成果指標達成見込み", `${summary.achieved}単位施策（概ね達成見込みを含む）`],
    ["成果指標未達成見込み", `${summary.notAchieved}単位施策`],
    ["成果指標集計中等", `${summary.pending}単位施策`],
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
}

/** Indicators per printed page of 004's first table (No.1–11, 12–22, 23–30). */
const PAGES_004_1 = [11, 22, 30];

/** 004, first half: a 4-row block per indicator (目標 / 実績 / 結果 / 達成率), a page header every page. */
export function rows004Layout1(seeds = SEED_004, summary = SUMMARY_004): Row[] {
  const rows: Row[] = [];
  let page = 0;
  seeds.forEach((seed, k) => {
    if (k === 0 || k === PAGES_004_1[page]) {
      if (k !== 0) page++;
      rows.push(...summaryBlock(summary), [...HEADER_004_1]);
    }
    const number = Number(seed.id.replace("No.", ""));
    const comment = seed.notes.split("への反映: ")[1] ?? "";
    rows.push(
      [number, measureCodes(seed), measureNames(seed), seed.name, "目標", ...seed.target.map(cell), comment],
      [null, null, null, null, "実績", ...seed.actual.map(cell)],
      [null, null, null, null, "結果", ...seed.published_status.map(cell)],
      [null, null, null, null, "達成率", ...seed.published_rate.map(cell)],
    );
    if (k === PAGES_004_1[page] - 1) rows.push([], []);
  });
  return rows;
}

export function grid004Layout1(seeds = SEED_004, summary = SUMMARY_004): Grid {
  return gridFromRows("取組状況", rows004Layout1(seeds, summary));
}

/** How 004's second table spells indicators that the first spells otherwise (seed lines 199, 211, 213, 241, 257). */
const LAYOUT2_NAMES: Record<string, string> = {
  "No.8": "市内企業の開設、増設、移設件数",
  "No.11": "見本市等出店事業補助金交付件数",
  "No.12":
    "(令和3年～令和4年)産学共同研究事業補助金交付件数 (令和5年～)あつぎ生まれのロボット発信事業実施件数",
  "No.20": "商店街の街路灯総数に対するLED照明の割合",
  "No.23": "勤労者生活資金融資案件数",
};
/** 004's second table gives No.14's R5 target as 731人 (seed line 217); the first says 300人. */
const LAYOUT2_TARGETS: Record<string, (string | null)[]> = { "No.14": ["200人", "250人", "731人"] };

const HEADER_004_2: Row[] = [
  [
    "基本方針",
    "基本施策",
    "単位施策",
    "関連事業",
    "計画と実績",
    null,
    null,
    null,
    null,
    null,
    "成果指標",
    "現状値 (令和2年度)",
    "目標と実績",
  ],
  [
    null,
    null,
    null,
    null,
    "令和3年度",
    null,
    "令和4年度",
    null,
    "令和5年度",
    null,
    null,
    null,
    null,
    "令和3年度",
    "令和4年度",
    "令和5年度",
  ],
  [null, null, null, null, "計画", "実績", "計画", "実績", "計画", "実績"],
];
const MEASURES_PER_PAGE_004_2 = 9;

/** 004, second half: one row pair (目標 / 実績) per unit measure, with 現状値 and the activity plan columns. */
export function rows004Layout2(seeds = SEED_004): Row[] {
  const entries = seeds
    .flatMap((seed) =>
      (seed.unit_measures_layout2 ?? []).map((um, k) => ({
        seed,
        um,
        code: measureCodes(seed).split(" ")[k] ?? measureCodes(seed).split(" ")[0],
      })),
    )
    .sort((a, b) => a.um.line - b.um.line);
  const rows: Row[] = [];
  entries.forEach(({ seed, um, code }, k) => {
    if (k % MEASURES_PER_PAGE_004_2 === 0) {
      if (k !== 0) rows.push([]);
      rows.push(["産業マスタープラン前期実施計画 取組状況"], ...HEADER_004_2);
    }
    const [policy, basic] = code.split("-");
    const plan = ["事業の周知", "実施した。", "事業の周知", "実施した。", "事業の周知", "実施した。"];
    const name = LAYOUT2_NAMES[seed.id] ?? seed.name;
    const targets = LAYOUT2_TARGETS[seed.id] ?? seed.target;
    rows.push(
      [
        policy,
        `(${basic})`,
        um.label,
        "・補助金",
        ...plan,
        name,
        seed.baseline,
        "目標",
        ...targets.map(cell),
      ],
      [
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "実績",
        ...seed.actual.map(cell),
      ],
    );
  });
  return rows;
}

export function grid004Layout2(seeds = SEED_004): Grid {
  return gridFromRows("取組状況(詳細)", rows004Layout2(seeds));
}

/** 000: per indicator a heading, a unit line, a header H28 … 累計 and rows 目標値 / 実績値 / 達成率. */
export function grid000(seeds = SEED_000): Grid {
  const rows: Row[] = [["施策34 新産業の創出と中小企業の育成・支援"], []];
  seeds.forEach((seed, k) => {
    rows.push(
      [`${"①②③"[k % 3]}${seed.name}`],
      [`(単位：${seed.unit})`],
      [null, ...seed.periods],
      ["目標値", ...seed.target],
      ["実績値", ...seed.actual],
      ["達成率", ...seed.published_rate],
      [],
    );
  });
  return gridFromRows("KPI", rows);
}

const ERA_YEAR: Record<string, string> = {
  H28: "2016 (28)",
  H29: "2017 (29)",
  H30: "2018 (30)",
  H31: "2019 (31)",
  H32: "2020 (2)",
};

/** Layout 3 (small blocks) from 000's yearly values: `2016 (28) 年度` headers, `目標 (人)` rows, numbers as numbers. */
export function gridSmallBlocks(seeds = SEED_000): Grid {
  const rows: Row[] = [];
  for (const seed of seeds) {
    const years = seed.periods.filter((p) => p in ERA_YEAR);
    const number = (text: string | null) => (text === null ? null : Number(text.replace(/,/g, "")));
    rows.push(
      [seed.name],
      [null, ...years.map((p) => `${ERA_YEAR[p]} 年度`)],
      [`目標 (${seed.unit})`, ...years.map((_, k) => number(seed.target[k]))],
      [`実績 (${seed.unit})`, ...years.map((_, k) => number(seed.actual[k]))],
      [],
    );
  }
  return gridFromRows("小ブロック", rows);
}

/** 002: the evaluation sheet; each indicator a 指標名 line, a header of year+role, one value row. */
export function grid002(seeds = SEED_002): Grid {
  const rows: Row[] = [
    ["年度", "令和3年", "会計コード", 10, "一般", "事業コード", 38015],
    ["事業名", "IoT推進コンソーシアム事業費"],
    [],
    [null, "令和2年度決算", "令和3年度予算", "令和3年度決算", "令和4年度予算"],
    ["事業費", "42,993", "44,000", "41,519", "46,000"],
    ["人件費", "6,480", "5,760", "5,760", "3,600"],
    [],
  ];
  const slot = (id: string, seed: SeedIndicator | null, planWord: string) => {
    rows.push([id, "指標名", seed?.name ?? null]);
    rows.push([null, `令和2年度実績`, `令和3年度${planWord}`, `令和3年度実績`, `令和4年度${planWord}`]);
    if (seed !== null) rows.push([null, seed.actual[0], seed.target[1], seed.actual[1], seed.target[2]]);
  };
  slot("活動指標1", seeds[0], "予定");
  slot("活動指標2", null, "予定");
  slot("成果指標1", seeds[1], "目標");
  slot("成果指標2", null, "目標");
  rows.push(["項目", "判定", "理由"], ["事業の成果", "A", "効果的に実施できていると評価する。"]);
  return gridFromRows("事業評価調書", rows);
}
