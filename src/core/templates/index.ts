/**
 * Templated sheets as data: `buildTemplate(id, params)` returns the change set that creates a ready-to-fill
 * sheet (values, formulas, formats, validations, conditional formats, print setup, names). Pure: the task
 * pane and the CLI write the same change set through the workbook port, so they produce identical sheets.
 */
import type { ChangeSet } from "../changes";
import { buildEvaluationSheet } from "./evaluation-sheet";
import { buildGrantKpi } from "./grant-kpi";
import { resolveParams } from "./params";
import { buildProgress } from "./progress";
import {
  TEMPLATE_IDS,
  type ResolvedParams,
  type TemplateId,
  type TemplateParams,
  type TemplatePlan,
} from "./types";
import { TemplateError } from "./errors";

export { TEMPLATE_IDS, TemplateError };
export type { TemplateId, TemplateParams, TemplatePlan } from "./types";
export type {
  FormulaStyle,
  TemplateDirection,
  IndicatorParam,
  IndicatorCells,
  PeriodCells,
  ResolvedParams,
} from "./types";
export { DEFAULT_PENDING_WORDS, DEFAULT_JUDGEMENTS, LIMITS } from "./params";
export { tableName } from "./sheet-setup";
export { checkSettingsOf } from "./check-settings";
export { KPI_FUNCTIONS } from "./formulas/kpi";
export { tableLookChanges, ALL_LOOK_PARTS, TABLE_HEADER_FILL } from "./table-look";
export type { LookTable, LookParts } from "./table-look";
export { bandColours, PENDING_COLOURS } from "./status-colours";
export type { StatusColours } from "./status-colours";

const BUILDERS: Record<TemplateId, (params: ResolvedParams) => TemplatePlan> = {
  progress: buildProgress,
  "grant-kpi": buildGrantKpi,
  "evaluation-sheet": buildEvaluationSheet,
};

export function isTemplateId(id: string): id is TemplateId {
  return (TEMPLATE_IDS as readonly string[]).includes(id);
}

/** The change set and the map of the generated cells. Throws `TemplateError` for unusable parameters. */
export function planTemplate(id: string, params: TemplateParams): TemplatePlan {
  if (!isTemplateId(id))
    throw new TemplateError("template.error.unknownTemplate", { id, ids: TEMPLATE_IDS.join(", ") });
  return BUILDERS[id](resolveParams(id, params));
}

/** The change set that creates the template's sheet, for `WorkbookPort.apply`. */
export function buildTemplate(id: string, params: TemplateParams): ChangeSet {
  return planTemplate(id, params).changes;
}
