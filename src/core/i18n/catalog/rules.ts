/**
 * Messages of the checks (`rules.<rule id>[.<variant>]`). Each check exports its own next to its logic
 * (src/core/rules/checks/<id>.ts); this gathers them so that the catalog stays the one place to look a code up.
 * Each names the cell and the values; `{indicator}` and `{period}` say which indicator and period the cell
 * belongs to.
 */
import { messages as bandEdge } from "../../rules/checks/band-edge";
import { messages as crossTableMismatch } from "../../rules/checks/cross-table-mismatch";
import { messages as cumulativeMismatch } from "../../rules/checks/cumulative-mismatch";
import { messages as errorValue } from "../../rules/checks/error-value";
import { messages as hardcodedRate } from "../../rules/checks/hardcoded-rate";
import { messages as inconsistentFormat } from "../../rules/checks/inconsistent-format";
import { messages as indicatorChanged } from "../../rules/checks/indicator-changed";
import { messages as labelDrift } from "../../rules/checks/label-drift";
import { messages as malformedNumber } from "../../rules/checks/malformed-number";
import { messages as missingValue } from "../../rules/checks/missing-value";
import { messages as numberAsText } from "../../rules/checks/number-as-text";
import { messages as pendingActual } from "../../rules/checks/pending-actual";
import { messages as rateMismatch } from "../../rules/checks/rate-mismatch";
import { messages as statusMismatch } from "../../rules/checks/status-mismatch";
import { messages as summaryMismatch } from "../../rules/checks/summary-mismatch";
import { messages as summaryTableMismatch } from "../../rules/checks/summary-table-mismatch";
import { messages as subtotalMismatch } from "../../rules/checks/subtotal-mismatch";
import { messages as directionSuspect } from "../../rules/checks/direction-suspect";
import { messages as targetTrend } from "../../rules/checks/target-trend";
import { messages as unitMismatch } from "../../rules/checks/unit-mismatch";
import { messages as unreadableValue } from "../../rules/checks/unreadable-value";
import { verdictMessages } from "../../rules/verdict";

export const rulesMessages = {
  ...bandEdge,
  ...crossTableMismatch,
  ...cumulativeMismatch,
  ...errorValue,
  ...hardcodedRate,
  ...inconsistentFormat,
  ...indicatorChanged,
  ...labelDrift,
  ...malformedNumber,
  ...missingValue,
  ...numberAsText,
  ...pendingActual,
  ...rateMismatch,
  ...statusMismatch,
  ...summaryMismatch,
  ...summaryTableMismatch,
  ...subtotalMismatch,
  ...directionSuspect,
  ...targetTrend,
  ...unitMismatch,
  ...unreadableValue,
  ...verdictMessages,
} as const;
