/** Every check, in the order findings are reported. A new check is one module in `checks/` and one line here. */
import { bandEdge } from "./band-edge";
import { crossTableMismatch } from "./cross-table-mismatch";
import { cumulativeMismatch } from "./cumulative-mismatch";
import { errorValue } from "./error-value";
import { hardcodedRate } from "./hardcoded-rate";
import { inconsistentFormat } from "./inconsistent-format";
import { indicatorChanged } from "./indicator-changed";
import { labelDrift } from "./label-drift";
import { malformedNumber } from "./malformed-number";
import { missingValue } from "./missing-value";
import { numberAsText } from "./number-as-text";
import { pendingActual } from "./pending-actual";
import { rateMismatch } from "./rate-mismatch";
import { statusMismatch } from "./status-mismatch";
import { summaryMismatch } from "./summary-mismatch";
import { targetTrend } from "./target-trend";
import { unitMismatch } from "./unit-mismatch";
import { unreadableValue } from "./unreadable-value";
import type { Check } from "./types";

export const CHECKS: readonly Check[] = [
  errorValue,
  rateMismatch,
  statusMismatch,
  pendingActual,
  unitMismatch,
  numberAsText,
  malformedNumber,
  unreadableValue,
  missingValue,
  indicatorChanged,
  cumulativeMismatch,
  summaryMismatch,
  crossTableMismatch,
  bandEdge,
  labelDrift,
  targetTrend,
  hardcodedRate,
  inconsistentFormat,
];
