/** State of the settings view: a draft of the settings, edited field by field and saved in the workbook. */
import { useEffect, useMemo, useState } from "react";
import { bandsProblem, periodLabels, type Direction } from "../../../core";
import type { PaneIndicator } from "../../checking/report";
import { useSession } from "../../session/session";
import { statusBands, type PaneSettings, type StatusBand } from "../../settings/settings";
import { useFieldValidity } from "../common/useFieldValidity";

export function useSettingsView() {
  const { settings, saveSettings, check } = useSession();
  const [draft, setDraft] = useState<PaneSettings>(settings);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    setDraft(settings);
  }, [settings]);

  const report = check.phase === "done" ? check.report : null;
  const periods = useMemo(
    () => (report ? periodLabels(report.tables.flatMap((t) => t.indicators)) : []),
    [report],
  );
  const indicators = useMemo(() => {
    const seen = new Map<string, PaneIndicator>();
    for (const table of report?.tables ?? [])
      for (const i of table.indicators) if (!seen.has(i.id)) seen.set(i.id, i);
    return [...seen.values()];
  }, [report]);

  const update = (patch: Partial<PaneSettings>) => {
    setSaved(false);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const setBand = (index: number, patch: Partial<StatusBand>) =>
    update({ bands: draft.bands.map((b, i) => (i === index ? { ...b, ...patch } : b)) });
  const setDirection = (id: string, direction: Direction) =>
    update({ directions: { ...draft.directions, [id]: direction } });
  // Core's one rule for bands, on the draft converted from percent; and no empty label.
  const { thresholds, labels } = statusBands(draft);
  const fields = useFieldValidity();
  const bandsValid =
    bandsProblem(thresholds, labels) === null && labels.every((label) => label.trim() !== "");
  // Saved only when the bands hold and every number field reads (none left empty).
  const valid = bandsValid && fields.allRead;
  const save = async () => {
    if (valid) setSaved(await saveSettings(draft));
  };

  return {
    draft,
    periods,
    indicators,
    update,
    setBand,
    setDirection,
    valid,
    bandsValid,
    validity: fields.validity,
    save,
    saved,
  };
}

export type SettingsViewState = ReturnType<typeof useSettingsView>;
