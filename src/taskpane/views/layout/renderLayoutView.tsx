/** The 読み方 view: the tables read, what the user has told so far (roles coloured), and what to tell. */
import { Button, Field, Select, Text } from "@fluentui/react-components";
import {
  bandBounds,
  bandChoiceIndex,
  columnName,
  DRAFT_LINES,
  LAYOUT_ROUNDING_RULES,
  periodsAcross,
  READING_FILLS,
  type ReadingPart,
  type LayoutBands,
  type LayoutDraft,
  type Place,
} from "../../../core";
import type { Translate } from "../../app/i18n";
import type { LayoutViewState } from "./useLayoutView";
import { ChangePreview } from "../common/ChangePreview";
import type { PreviewRow } from "../common/cellText";

const ROLES = ["target", "actual", "rate", "status"] as const;
/** One colour per role, the same on the sheet (core's `READING_FILLS`) as on the role's chip here. */
const ROLE_COLOURS = READING_FILLS;

/** A coloured part's name (目標, 年度, 指標名 …). */
function partName(part: ReadingPart, t: Translate): string {
  if (part === "periods") return t("ui.layout.periodsPart");
  if (part === "id" || part === "name" || part === "unit") return t(`ui.layout.${part}`);
  return t(`ui.layout.role.${part}`);
}

/** The colouring as the change preview lists it: each range, and the colour of what it holds. */
function colourRows(state: LayoutViewState, t: Translate): PreviewRow[] {
  return state.coloured.map((r) => ({
    key: `${r.sheet}!${r.address}`,
    cell: `${r.sheet}!${r.address}`,
    before: "",
    after: `${partName(r.part, t)} ${READING_FILLS[r.part]}`,
    toNumber: false,
  }));
}

/** A role or line of a draft: a row or a column, by how its periods run. */
function lineText(what: string, place: Place, asRow: boolean, t: Translate): string {
  return asRow
    ? t("ui.layout.row", { what, row: place.row + 1 })
    : t("ui.layout.column", { what, col: columnName(place.col) });
}

/** A band scheme as one line: each band's label with its lower bound (`達成 100%以上／概ね達成 80%以上／未達成`). */
export function bandsText(bands: LayoutBands, t: Translate): string {
  return bandBounds(bands)
    .map(({ label, bound }) => (bound === null ? label : t("ui.layout.band.atLeast", { label, bound })))
    .join(t("ui.layout.band.separator"));
}

function draftLines(draft: LayoutDraft, t: Translate) {
  const across = periodsAcross(draft);
  const lines: { key: string; text: string; colour?: string }[] = [];
  if (draft.periods !== undefined)
    lines.push({
      key: "periods",
      text: t(across ? "ui.layout.periods.across" : "ui.layout.periods.down", { cells: draft.periods }),
    });
  for (const role of ROLES) {
    const place = draft.roles[role];
    if (place === undefined) continue;
    const text = lineText(t(`ui.layout.role.${role}`), place, across, t);
    lines.push({ key: role, text, colour: ROLE_COLOURS[role] });
  }
  for (const what of DRAFT_LINES) {
    const place = draft.lines[what];
    if (place !== undefined)
      lines.push({ key: what, text: lineText(t(`ui.layout.${what}`), place, !across, t) });
  }
  if (draft.direction !== undefined)
    lines.push({
      key: "direction",
      text: t(draft.direction === "down" ? "ui.layout.say.down" : "ui.layout.say.up"),
    });
  if (draft.rounding !== undefined)
    lines.push({
      key: "rounding",
      text: `${t("ui.layout.rounding")}: ${t(`ui.layout.rounding.${draft.rounding}`)}`,
    });
  if (draft.bands !== undefined)
    lines.push({ key: "bands", text: `${t("ui.layout.bands")}: ${bandsText(draft.bands, t)}` });
  return lines;
}

export function renderLayoutView(state: LayoutViewState, t: Translate) {
  if (!state.checked) return <Text>{t("ui.layout.checkFirst")}</Text>;
  const { planned } = state;
  if (planned.planned !== null)
    return (
      <ChangePreview
        rows={colourRows(state, t)}
        busy={planned.busy}
        onApply={() => void planned.commit()}
        onDiscard={planned.discard}
      />
    );
  const { draft } = state;
  const across = draft === null || periodsAcross(draft);
  const bandsIndex = draft?.bands === undefined ? -1 : bandChoiceIndex(state.bandChoices, draft.bands);
  return (
    <>
      <Text block>{t("ui.layout.intro")}</Text>
      <section aria-label={t("ui.layout.tables")}>
        <Text weight="semibold" block>
          {t("ui.layout.tables")}
        </Text>
        <ul>
          {state.tables.map((table) => (
            <li key={table.name}>
              {t(table.given ? "ui.layout.given" : "ui.layout.detected", { table: table.name })}
            </li>
          ))}
        </ul>
      </section>
      <div
        role="group"
        aria-label={t("ui.view.layout")}
        style={{ display: "flex", flexWrap: "wrap", gap: 4 }}
      >
        <Button disabled={state.busy} onClick={() => void state.say({ kind: "periods" })}>
          {t("ui.layout.say.periods")}
        </Button>
        {ROLES.map((role) => (
          <Button
            key={role}
            disabled={state.busy}
            style={{ background: ROLE_COLOURS[role] }}
            onClick={() => void state.say({ kind: "role", role })}
          >
            {t(across ? "ui.layout.say.row" : "ui.layout.say.column", { what: t(`ui.layout.role.${role}`) })}
          </Button>
        ))}
        {DRAFT_LINES.map((what) => (
          <Button key={what} disabled={state.busy} onClick={() => void state.say({ kind: what })}>
            {t(across ? "ui.layout.say.column" : "ui.layout.say.row", { what: t(`ui.layout.${what}`) })}
          </Button>
        ))}
        <Button disabled={state.busy} onClick={() => void state.say({ kind: "direction", direction: "up" })}>
          {t("ui.layout.say.up")}
        </Button>
        <Button
          disabled={state.busy}
          onClick={() => void state.say({ kind: "direction", direction: "down" })}
        >
          {t("ui.layout.say.down")}
        </Button>
      </div>
      <Field label={t("ui.layout.rounding")}>
        <Select
          disabled={state.busy}
          value={draft?.rounding ?? "infer"}
          onChange={(_, data) => {
            const rule = LAYOUT_ROUNDING_RULES.find((r) => r === data.value) ?? null;
            void state.say({ kind: "rounding", rule });
          }}
        >
          <option value="infer">{t("ui.layout.rounding.infer")}</option>
          {LAYOUT_ROUNDING_RULES.map((rule) => (
            <option key={rule} value={rule}>
              {t(`ui.layout.rounding.${rule}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("ui.layout.bands")} style={{ minWidth: 0 }}>
        {/* A scheme reads long (達成 100%以上／…): the list keeps to the pane's width, as at 320 px. */}
        <Select
          root={{ style: { maxWidth: "100%", minWidth: 0 } }}
          style={{ maxWidth: "100%", textOverflow: "ellipsis" }}
          disabled={state.busy}
          value={bandsIndex < 0 ? "infer" : String(bandsIndex)}
          onChange={(_, data) => {
            const bands = data.value === "infer" ? null : (state.bandChoices[Number(data.value)] ?? null);
            void state.say({ kind: "bands", bands });
          }}
        >
          <option value="infer">{t("ui.layout.bands.infer")}</option>
          {state.bandChoices.map((bands, i) => (
            <option key={bandsText(bands, t)} value={String(i)}>
              {bandsText(bands, t)}
            </option>
          ))}
        </Select>
      </Field>
      {draft !== null && (
        <section aria-label={t("ui.layout.current", { sheet: draft.sheet })}>
          <Text weight="semibold" block>
            {t("ui.layout.current", { sheet: draft.sheet })}
          </Text>
          <ul>
            {draftLines(draft, t).map((line) => (
              <li key={line.key} style={line.colour === undefined ? undefined : { background: line.colour }}>
                {line.text}
              </li>
            ))}
          </ul>
          {!state.complete && <Text block>{t("ui.layout.incomplete")}</Text>}
        </section>
      )}
      <div style={{ display: "flex", flexWrap: "wrap", gap: 4 }}>
        <Button appearance="primary" disabled={state.busy} onClick={() => void state.save()}>
          {t("ui.layout.save")}
        </Button>
        <Button disabled={state.busy} onClick={() => void state.remove()}>
          {t("ui.layout.remove")}
        </Button>
        <Button
          disabled={state.busy || state.coloured.length === 0}
          onClick={() => state.colour(t("ui.layout.colourLabel"))}
        >
          {t("ui.layout.colour")}
        </Button>
      </div>
      {planned.applied !== null && <Text role="status">{t("ui.layout.coloured")}</Text>}
      {state.notice !== null && <Text role="status">{t(state.notice)}</Text>}
    </>
  );
}
