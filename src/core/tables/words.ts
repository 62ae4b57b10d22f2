/**
 * Every word table detection reads headers and labels with, as data in one place. Words are written in
 * the normalised form labels are compared in (half-width, no white space, lower case). A settings file
 * may add words to any list (`DetectOptions.words`); nothing here names a place or a document.
 */
import type { Role } from "./model";

/** Header words of the leading (identity) columns. */
export type IdentityHeader = "id" | "measureCode" | "measure" | "name" | "baseline" | "unit";

export interface WordLists {
  /** Row or column labels of the four roles (`計画`, `実績額`, `進捗率`, `判定`). */
  readonly roles: Readonly<Record<Role, readonly string[]>>;
  /**
   * Labels of a row that revises the target (`(修正後)`, `見直し後`): where its cell is written, it is the
   * period's target, written in parentheses (`(12,000)`: a revised figure, not a negative one).
   */
  readonly revisedTarget: readonly string[];
  /** Labels of an actual that is projected (`見込`). */
  readonly projectedActual: readonly string[];
  /** Suffixes of a year header that mark a projected period (`R5見込`, `平成15年末見込`). */
  readonly projectedSuffixes: readonly string[];
  /** Suffixes a year header may carry without meaning anything else (`2019年度増加分`). */
  readonly neutralYearSuffixes: readonly string[];
  /** Endings of a year written as a calendar year (`2021年`, `令和3年`), where `年度` is a fiscal one. */
  readonly calendarYearEndings: readonly string[];
  /** Suffixes of a year header that say it is a calendar year (`2021(暦年)`). */
  readonly calendarSuffixes: readonly string[];
  /**
   * Positions of stacked rows, top first (`上段`, `下段`): a header note `目標値(上段)・実績値(下段)` gives
   * each unlabeled row of an indicator its role by its place.
   */
  readonly stackPositions: readonly (readonly string[])[];
  /** Characters between the two years of a range (`R3～R5`, `H23-27`, `2021-2023`). */
  readonly rangeSeparators: readonly string[];
  readonly identity: Readonly<Record<IdentityHeader, readonly string[]>>;
  /**
   * Baseline headers that mean the latest actual when the table also has another baseline column: a table
   * with `初期値 | 現状値 | 目標値` reports the present value as its actual.
   */
  readonly currentValue: readonly string[];
  /** Labels of a total column or row over the plan (`累計`). */
  readonly cumulative: readonly string[];
  /** Parenthesised notes after a role word that are not units (`計画額(累計額)`, `目標値(上段)`). */
  readonly notUnits: readonly string[];
  /** Prefixes of a target over the whole plan (`5ヵ年目標`, `最終目標`): the plan's final target. */
  readonly horizonPrefixes: readonly string[];
  /** Text after a year that makes it a deadline (`平成32年3月まで`): the column is the target. */
  readonly deadlineSuffixes: readonly string[];
  /** Cell words of a direction column: higher is better, lower is better. */
  readonly directionUp: readonly string[];
  readonly directionDown: readonly string[];
  /** Endings of a target that make it a ceiling (`28人以下`: lower is better) or a floor (`80%以上`). */
  readonly ceilings: readonly string[];
  readonly floors: readonly string[];
  /** Parts of indicator names that read as lower-is-better (待機児童数, 交通事故件数): a hint, never a rule. */
  readonly downNames: readonly string[];
  /** Row labels of a subtotal or total row (`計`, `合計`). */
  readonly totals: readonly string[];
  /** Header words of the count column of a summary table (`指標数`, `施策数`). */
  readonly counts: readonly string[];
  /** Row labels of a share row under a count row (`(割合)`). */
  readonly shares: readonly string[];
  /** Status headers that are no band (`評価が困難`): counted, but not graded. */
  readonly notAssessable: readonly string[];
  /** Status schemes, each best first; a table's statuses are read in the first scheme holding them all. */
  readonly bandSchemes: readonly (readonly string[])[];
}

export const DEFAULT_WORDS: WordLists = {
  roles: {
    target: [
      "目標",
      "目標値",
      "計画",
      "計画値",
      "計画額",
      "予定",
      "予定値",
      "期待値",
      "指標値",
      "target",
      "targets",
      "goal",
      "plan",
    ],
    actual: ["実績", "実績値", "実績額", "actual", "actuals"],
    rate: ["達成率", "達成度", "進捗率", "(b)/(a)", "rate", "achievement", "achievementrate", "rate(%)"],
    status: ["結果", "判定", "評価", "達成状況", "判定結果", "評価結果", "status", "evaluation", "grade"],
  },
  revisedTarget: [
    "修正後",
    "(修正後)",
    "修正目標",
    "修正後目標",
    "目標(修正後)",
    "目標値(修正後)",
    "見直し後",
    "(見直し後)",
    "変更後",
    "(変更後)",
    "改定後",
    "(改定後)",
  ],
  projectedActual: [
    "見込",
    "見込み",
    "見込値",
    "見込み値",
    "実績見込",
    "実績見込み",
    "forecast",
    "projected",
  ],
  projectedSuffixes: [
    "見込",
    "見込み",
    "見込値",
    "見込み値",
    "末見込",
    "末見込み",
    "(見込)",
    "(見込み)",
    "(見込値)",
    "(forecast)",
    "(projected)",
    "forecast",
    "projected",
  ],
  neutralYearSuffixes: ["", "増加分"],
  calendarYearEndings: ["年"],
  calendarSuffixes: ["暦年", "(暦年)", "年次", "(年次)"],
  stackPositions: [
    ["上段", "上"],
    ["中段", "中"],
    ["下段", "下"],
  ],
  rangeSeparators: ["-", "~", "〜", "–", "—", "−", "ー", "から"],
  identity: {
    id: ["no", "no.", "番号", "id", "#", "指標番号", "kpi番号", "項番", "区分"],
    measureCode: [
      "単位施策no",
      "単位施策no.",
      "施策番号",
      "施策no",
      "施策no.",
      "事業番号",
      "施策コード",
      "code",
      "measurecode",
    ],
    measure: [
      "単位施策",
      "施策",
      "施策名",
      "事業",
      "事業名",
      "基本施策",
      "基本方針",
      "measure",
      "policy",
      "program",
    ],
    name: [
      "成果指標",
      "活動指標",
      "指標",
      "指標名",
      "成果指標名",
      "kpi",
      "kpi名",
      "評価指標",
      "重要業績評価指標",
      "indicator",
      "kpiname",
      "name",
    ],
    baseline: ["現状値", "基準値", "初期値", "事業開始前", "策定時", "計画策定時", "baseline"],
    unit: ["単位", "unit"],
  },
  currentValue: ["現状値", "現状", "現在値"],
  cumulative: ["累計", "cumulative", "total"],
  notUnits: ["累計", "累計額", "累計値", "上段", "下段", "単年度", "年間", "速報値", "確定値"],
  horizonPrefixes: ["最終", "計画期間", "計画期間内", "期間", "中間"],
  deadlineSuffixes: ["まで"],
  directionUp: ["アップ", "up", "増加", "上昇", "↑", "向上", "拡大"],
  directionDown: ["ダウン", "down", "減少", "低下", "↓", "削減", "縮小"],
  ceilings: ["以下", "未満"],
  floors: ["以上"],
  downNames: [
    "待機児童",
    "事故",
    "死者",
    "死傷者",
    "ごみ",
    "排出量",
    "不法投棄",
    "犯罪",
    "火災",
    "倒産",
    "失業",
    "空き家",
    "滞納",
  ],
  totals: ["計", "合計", "総計", "小計", "total", "合 計"],
  counts: ["指標数", "施策数", "取組数", "事業数", "項目数", "件数"],
  shares: ["割合", "(割合)", "構成比", "(構成比)", "比率", "(比率)", "share"],
  notAssessable: ["困難", "不能", "対象外", "評価できない", "判定できない"],
  bandSchemes: [
    ["達成", "概ね達成", "未達成"],
    ["A", "B", "C", "D"],
    ["A", "B+", "B", "C"],
    ["S", "A", "B", "C"],
    ["a", "b", "c", "d"],
    ["◎", "○", "△", "×"],
    ["順調", "やや遅れ", "大幅遅れ", "未着手"],
  ],
};

function merged(base: readonly string[], extra: unknown): readonly string[] {
  if (!Array.isArray(extra)) return base;
  const words = extra.filter((w): w is string => typeof w === "string" && w.trim() !== "");
  return words.length === 0 ? base : [...base, ...words.map((w) => w.replace(/\s+/g, "").toLowerCase())];
}

function mergedRecord<K extends string>(
  base: Readonly<Record<K, readonly string[]>>,
  extra: unknown,
): Readonly<Record<K, readonly string[]>> {
  if (typeof extra !== "object" || extra === null) return base;
  const given = extra as Partial<Record<K, unknown>>;
  const out = {} as Record<K, readonly string[]>;
  for (const key of Object.keys(base) as K[]) out[key] = merged(base[key], given[key]);
  return out;
}

/**
 * The default lists with the words a settings file adds (`{ roles: { target: ["目標量"] } }`). Words of the
 * wrong type are ignored, so a bad settings file never breaks detection; words are never removed.
 */
export function withWords(extra: unknown): WordLists {
  if (typeof extra !== "object" || extra === null) return DEFAULT_WORDS;
  const g = extra as Partial<Record<keyof WordLists, unknown>>;
  const d = DEFAULT_WORDS;
  return {
    roles: mergedRecord(d.roles, g.roles),
    revisedTarget: merged(d.revisedTarget, g.revisedTarget),
    projectedActual: merged(d.projectedActual, g.projectedActual),
    projectedSuffixes: merged(d.projectedSuffixes, g.projectedSuffixes),
    neutralYearSuffixes: d.neutralYearSuffixes,
    calendarYearEndings: merged(d.calendarYearEndings, g.calendarYearEndings),
    calendarSuffixes: merged(d.calendarSuffixes, g.calendarSuffixes),
    stackPositions: d.stackPositions,
    rangeSeparators: merged(d.rangeSeparators, g.rangeSeparators),
    identity: mergedRecord(d.identity, g.identity),
    currentValue: merged(d.currentValue, g.currentValue),
    cumulative: merged(d.cumulative, g.cumulative),
    notUnits: merged(d.notUnits, g.notUnits),
    horizonPrefixes: merged(d.horizonPrefixes, g.horizonPrefixes),
    deadlineSuffixes: merged(d.deadlineSuffixes, g.deadlineSuffixes),
    directionUp: merged(d.directionUp, g.directionUp),
    directionDown: merged(d.directionDown, g.directionDown),
    ceilings: merged(d.ceilings, g.ceilings),
    floors: merged(d.floors, g.floors),
    downNames: merged(d.downNames, g.downNames),
    totals: merged(d.totals, g.totals),
    counts: merged(d.counts, g.counts),
    shares: merged(d.shares, g.shares),
    notAssessable: merged(d.notAssessable, g.notAssessable),
    bandSchemes: Array.isArray(g.bandSchemes)
      ? [
          ...d.bandSchemes,
          ...g.bandSchemes.filter(
            (s): s is string[] => Array.isArray(s) && s.every((w) => typeof w === "string"),
          ),
        ]
      : d.bandSchemes,
  };
}
