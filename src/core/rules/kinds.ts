/**
 * The three kinds of finding a person acts on, most urgent first: `fix` (提出前に直すもの: a wrong or
 * broken result), `review` (確認してください: a likely mistake) and `advice` (参考: style and
 * machine-readability, collapsed by default). A finding's kind follows its severity, except that the
 * findings of an advice check (`Check.advice`: numbers stored as text, rate formats) are advice whatever
 * their severity: they never change a published number.
 */
import { CHECKS } from "./registry";
import type { Severity } from "./types";

export type FindingKind = "fix" | "review" | "advice";

/** Every kind, most urgent first: the order lists and counts show them in. */
export const KINDS: readonly FindingKind[] = ["fix", "review", "advice"];

const KIND_OF_SEVERITY: Readonly<Record<Severity, FindingKind>> = {
  error: "fix",
  warning: "review",
  info: "advice",
};

const ADVICE_RULES: ReadonlySet<string> = new Set(CHECKS.filter((c) => c.advice === true).map((c) => c.id));

export function findingKind(finding: { readonly rule: string; readonly severity: Severity }): FindingKind {
  return ADVICE_RULES.has(finding.rule) ? "advice" : KIND_OF_SEVERITY[finding.severity];
}

export type KindCounts = Readonly<Record<FindingKind, number>>;

export function countKinds(findings: readonly { readonly kind: FindingKind }[]): KindCounts {
  const counts = { fix: 0, review: 0, advice: 0 };
  for (const f of findings) counts[f.kind]++;
  return counts;
}
