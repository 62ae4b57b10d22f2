/** A finding's message in the user's language, rendered from its catalog code when shown. */
import { isMessageCode, message, type Lang } from "../../../core/i18n";
import type { PaneFinding } from "../../checking/report";

export function findingMessage(finding: PaneFinding, lang: Lang): string {
  return isMessageCode(finding.code) ? message(finding.code, lang, finding.params) : finding.code;
}
