/** Every check, in the order findings are reported. A new check is one module in `checks/` (its logic and
 * its messages) and one line here, and one in the catalog (i18n/catalog/rules.ts). */
import { bandEdge } from "./checks/band-edge";
import { crossTableMismatch } from "./checks/cross-table-mismatch";
import { cumulativeMismatch } from "./checks/cumulative-mismatch";
import { errorValue } from "./checks/error-value";
import { hardcodedRate } from "./checks/hardcoded-rate";
import { inconsistentFormat } from "./checks/inconsistent-format";
import { indicatorChanged } from "./checks/indicator-changed";
import { labelDrift } from "./checks/label-drift";
import { malformedNumber } from "./checks/malformed-number";
import { missingValue } from "./checks/missing-value";
import { numberAsText } from "./checks/number-as-text";
import { pendingActual } from "./checks/pending-actual";
import { rateMismatch } from "./checks/rate-mismatch";
import { statusMismatch } from "./checks/status-mismatch";
import { summaryMismatch } from "./checks/summary-mismatch";
import { summaryTableMismatch } from "./checks/summary-table-mismatch";
import { subtotalMismatch } from "./checks/subtotal-mismatch";
import { directionSuspect } from "./checks/direction-suspect";
import { targetTrend } from "./checks/target-trend";
import { unitMismatch } from "./checks/unit-mismatch";
import { unreadableValue } from "./checks/unreadable-value";
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
  summaryTableMismatch,
  subtotalMismatch,
  crossTableMismatch,
  bandEdge,
  labelDrift,
  targetTrend,
  directionSuspect,
  hardcodedRate,
  inconsistentFormat,
];
