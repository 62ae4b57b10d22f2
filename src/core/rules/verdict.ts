/**
 * The one line that answers "can I submit?" after a check: blocked while something must be fixed,
 * submittable with things to review, or clean. The faces show it first, then the list.
 */
import type { Catalog } from "../i18n/types";
import type { KindCounts } from "./kinds";

export type VerdictCode = "rules.verdict.blocked" | "rules.verdict.review" | "rules.verdict.clean";

export interface Verdict {
  /** No finding of kind `fix` is left. */
  readonly submittable: boolean;
  readonly code: VerdictCode;
  readonly params: KindCounts;
}

export function verdictOf(counts: KindCounts): Verdict {
  const code =
    counts.fix > 0
      ? "rules.verdict.blocked"
      : counts.review > 0
        ? "rules.verdict.review"
        : "rules.verdict.clean";
  return { submittable: counts.fix === 0, code, params: counts };
}

/** The verdict and kind labels, in the catalog through catalog/rules.ts. */
export const verdictMessages = {
  "rules.verdict.blocked": {
    ja: "このままでは提出できません。提出前に直すものが {fix} 件あります。",
    en: "Not ready to submit: {fix} to fix before submission.",
  },
  "rules.verdict.review": {
    ja: "提出前に直すものはありません。{review} 件を確認してから提出してください。",
    en: "Nothing to fix before submission; review {review} before you submit.",
  },
  "rules.verdict.clean": {
    ja: "提出できます。直すもの・確認するものはありません。",
    en: "Ready to submit: nothing to fix or review.",
  },
  "rules.kind.fix": { ja: "提出前に直すもの", en: "Fix before submission" },
  "rules.kind.review": { ja: "確認してください", en: "Please review" },
  "rules.kind.advice": { ja: "参考", en: "For reference" },
} as const satisfies Catalog;
