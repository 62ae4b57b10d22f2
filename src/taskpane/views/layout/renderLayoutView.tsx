/** The 読み方 view: the tables read, what the user has told so far (roles coloured), and what to tell. */
import { Button, Field, Select, Text } from "@fluentui/react-components";
import { columnName, LAYOUT_ROUNDING_RULES, type LayoutDraft } from "../../../core";
import type { Translate } from "../../app/i18n";
import type { LayoutViewState } from "./useLayoutView";

const ROLES = ["target", "actual", "rate", "status"] as const;
/** One colour per role, the same as the role's chip in the list (a light fill keeps the text readable). */
const ROLE_COLOURS: Record<(typeof ROLES)[number], string> = {
  target: "#DCE9F7",
  actual: "#DFF3E4",
  rate: "#FCEBD0",
  status: "#EEE3F5",
};
const COLUMNS = ["name", "unit"] as const;

function draftLines(draft: LayoutDraft, t: Translate) {
  const lines: { key: string; text: string; colour?: string }[] = [];
  if (draft.periods !== undefined)
    lines.push({ key: "periods", text: t("ui.layout.periods", { cells: draft.periods }) });
  for (const role of ROLES) {
    const row = draft.roleRows[role];
    if (row === undefined) continue;
    const text = t("ui.layout.roleRow", { role: t(`ui.layout.role.${role}`), row: row + 1 });
    lines.push({ key: role, text, colour: ROLE_COLOURS[role] });
  }
  for (const what of COLUMNS) {
    const col = draft[what];
    if (col !== undefined)
      lines.push({
        key: what,
        text: t("ui.layout.column", { what: t(`ui.layout.${what}`), col: columnName(col) }),
      });
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
  return lines;
}

export function renderLayoutView(state: LayoutViewState, t: Translate) {
  if (!state.checked) return <Text>{t("ui.layout.checkFirst")}</Text>;
  const { draft } = state;
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
            {t("ui.layout.say.role", { role: t(`ui.layout.role.${role}`) })}
          </Button>
        ))}
        {COLUMNS.map((what) => (
          <Button key={what} disabled={state.busy} onClick={() => void state.say({ kind: what })}>
            {t("ui.layout.say.column", { what: t(`ui.layout.${what}`) })}
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
            const rule = LAYOUT_ROUNDING_RULES.find((r) => r === data.value);
            if (rule !== undefined) void state.say({ kind: "rounding", rule });
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
      </div>
      {state.notice !== null && <Text role="status">{t(state.notice)}</Text>}
    </>
  );
}
