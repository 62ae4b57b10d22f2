/** A change set waiting in preview, and applying it through the session (one batch, undoable). */
import { useState } from "react";
import type { ChangeSet } from "../../../workbook/port";
import { useSession } from "../../session/session";

export function usePlannedChange() {
  const { apply } = useSession();
  const [planned, setPlanned] = useState<ChangeSet | null>(null);
  const [busy, setBusy] = useState(false);
  const [applied, setApplied] = useState<number | null>(null);

  const plan = (changes: ChangeSet) => {
    setApplied(null);
    setPlanned(changes);
  };
  const commit = async () => {
    if (!planned) return;
    setBusy(true);
    const token = await apply(planned);
    setBusy(false);
    setPlanned(null);
    if (token) setApplied(token.cells.length);
  };
  return { planned, busy, applied, plan, commit, discard: () => setPlanned(null) };
}
