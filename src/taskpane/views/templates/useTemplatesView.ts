/** State of the templates view: the parameters, the plan they give (or why not), and creating the sheet. */
import { useEffect, useMemo, useRef, useState } from "react";
import {
  type FiscalYearStyle,
  planTemplate,
  TemplateError,
  type FormulaStyle,
  type TemplateId,
  type TemplatePlan,
} from "../../../core";
import { useT } from "../../app/i18n";
import { useSession } from "../../session/session";
import { checkSettings, statusBands } from "../../settings/settings";
import { freeSheetName } from "../common/freeSheetName";
import { toFillText } from "../common/toFill";
import { useFieldValidity } from "../common/useFieldValidity";
import { layoutPreview } from "./layoutPreview";

export interface TemplateForm {
  id: TemplateId;
  from: string;
  years: number;
  indicators: number;
  projected: string;
  style: FormulaStyle;
  yearStyle: FiscalYearStyle;
  sheetName: string;
}

const INITIAL: TemplateForm = {
  id: "progress",
  from: "R6",
  years: 3,
  indicators: 10,
  projected: "",
  style: "native",
  yearStyle: "short",
  sheetName: "",
};

/** The field a template error is about (its message is shown there), `null` for the form as a whole. */
const FIELD_OF_ERROR: Partial<Record<string, keyof TemplateForm>> = {
  "template.error.from": "from",
  "template.error.years": "years",
  "template.error.indicators": "indicators",
  "template.error.projected": "projected",
  "template.error.sheetName": "sheetName",
};

export const PREVIEW_ROWS = 14;
export const PREVIEW_COLS = 10;

export function useTemplatesView() {
  const { settings, port, guard, apply, check, runCheck } = useSession();
  const { lang } = useT();
  const [form, setForm] = useState<TemplateForm>(INITIAL);
  const [created, setCreated] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const plan = (sheetName: string): TemplatePlan =>
    planTemplate(form.id, {
      from: form.from,
      years: form.years,
      indicators: form.indicators,
      projectedYear: form.projected.trim() === "" ? undefined : form.projected,
      bands: statusBands(settings),
      banding: checkSettings(settings).banding,
      style: form.style,
      yearStyle: form.yearStyle,
      ...(sheetName.trim() !== "" ? { sheetName: sheetName.trim() } : {}),
    });

  const planned = useMemo(():
    { plan: TemplatePlan } | { error: string; field: keyof TemplateForm | null } => {
    try {
      return { plan: plan(form.sheetName) };
    } catch (e) {
      if (e instanceof TemplateError)
        return { error: e.messageIn(lang), field: FIELD_OF_ERROR[e.code] ?? null };
      throw e;
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `plan` reads exactly these
  }, [form, settings, lang]);

  const preview =
    "plan" in planned
      ? layoutPreview(planned.plan.changes, planned.plan.params.sheet, PREVIEW_ROWS, PREVIEW_COLS)
      : null;

  const update = (patch: Partial<TemplateForm>) => {
    setCreated(null);
    setForm((f) => ({ ...f, ...patch }));
  };

  const create = async () => {
    if (!("plan" in planned)) return;
    setBusy(true);
    const sheets = await guard(() => port.listSheets());
    if (sheets) {
      const sheet = freeSheetName(planned.plan.params.sheet, sheets);
      if (await apply(plan(sheet).changes)) {
        setCreated(sheet);
        // The new sheet is the one to fill: shown, and checked so the pane reads it as a table to fill.
        const shown = await guard(async () => {
          await port.select(sheet, "A1");
          return true;
        });
        if (shown) await runCheck();
      }
    }
    setBusy(false);
  };

  // Once created, focus goes to the message that says so (and what the new sheet holds).
  const createdRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (created !== null) createdRef.current?.focus();
  }, [created]);

  const toFill =
    created !== null && check.phase === "done" && check.report.sheets.includes(created)
      ? toFillText(
          check.report.tables.filter((t) => t.sheet === created),
          lang,
        )
      : null;

  return { form, update, planned, preview, create, created, createdRef, toFill, busy, ...useFieldValidity() };
}

export type TemplatesViewState = ReturnType<typeof useTemplatesView>;
