/** The templates view: parameters, a preview of the sheet's layout, シートを作成. */
import { Button, Field, Input, Radio, RadioGroup, Select, Text } from "@fluentui/react-components";
import { message, type FiscalYearStyle, TEMPLATE_IDS, type TemplateId } from "../../../core";
import type { useTemplatesViewStyles } from "./useTemplatesViewStyles";
import type { Lang, Translate } from "../../app/i18n";
import { PREVIEW_COLS, PREVIEW_ROWS, type TemplatesViewState } from "./useTemplatesView";

const YEAR_STYLES: {
  value: FiscalYearStyle;
  label: "ui.templates.yearShort" | "ui.templates.yearWareki" | "ui.templates.yearWestern";
}[] = [
  { value: "short", label: "ui.templates.yearShort" },
  { value: "wareki", label: "ui.templates.yearWareki" },
  { value: "western", label: "ui.templates.yearWestern" },
];

const count = (text: string, fallback: number) => {
  const n = Number(text);
  return Number.isInteger(n) && n > 0 ? n : fallback;
};

export function renderTemplatesView(
  state: TemplatesViewState,
  t: Translate,
  lang: Lang,
  styles: ReturnType<typeof useTemplatesViewStyles>,
) {
  const { form, update, planned, preview } = state;
  return (
    <>
      <div className={styles.form}>
        <Field label={t("ui.templates.template")} className={styles.wide}>
          <Select value={form.id} onChange={(_, d) => update({ id: d.value as TemplateId })}>
            {TEMPLATE_IDS.map((id) => (
              <option key={id} value={id}>
                {message(`template.${id}.name`, lang)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("ui.templates.from")} className={styles.wide}>
          <Input value={form.from} onChange={(_, d) => update({ from: d.value })} />
        </Field>
        <Field label={t("ui.templates.years")}>
          <Input
            type="number"
            min={1}
            value={String(form.years)}
            onChange={(_, d) => update({ years: count(d.value, form.years) })}
          />
        </Field>
        <Field label={t("ui.templates.indicators")}>
          <Input
            type="number"
            min={1}
            value={String(form.indicators)}
            onChange={(_, d) => update({ indicators: count(d.value, form.indicators) })}
          />
        </Field>
        <Field label={t("ui.templates.projected")}>
          <Input value={form.projected} onChange={(_, d) => update({ projected: d.value })} />
        </Field>
        <Field label={t("ui.templates.yearStyle")}>
          <Select
            value={form.yearStyle}
            onChange={(_, d) => update({ yearStyle: d.value as FiscalYearStyle })}
          >
            {YEAR_STYLES.map((s) => (
              <option key={s.value} value={s.value}>
                {t(s.label)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("ui.templates.style")} className={styles.wide}>
          <RadioGroup
            value={form.style}
            onChange={(_, d) => update({ style: d.value === "kpi" ? "kpi" : "native" })}
          >
            <Radio value="native" label={t("ui.templates.styleNative")} />
            <Radio value="kpi" label={t("ui.templates.styleKpi")} />
          </RadioGroup>
        </Field>
        <Field label={t("ui.templates.sheetName")} className={styles.wide}>
          <Input value={form.sheetName} onChange={(_, d) => update({ sheetName: d.value })} />
        </Field>
      </div>
      {"error" in planned && <Text role="alert">{planned.error}</Text>}
      {preview && (
        <div
          className={styles.scroll}
          tabIndex={0}
          role="region"
          aria-label={t("ui.templates.layout", { rows: PREVIEW_ROWS, cols: PREVIEW_COLS })}
        >
          <table className={styles.grid}>
            <caption className={styles.caption}>
              {t("ui.templates.layout", { rows: PREVIEW_ROWS, cols: PREVIEW_COLS })}
            </caption>
            <tbody>
              {preview.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((text, c) => (
                    <td
                      key={c}
                      title={text}
                      className={`${styles.cell} ${preview.formulas.has(`${r},${c}`) ? styles.formula : ""}`}
                    >
                      {text}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div>
        <Button
          appearance="primary"
          disabled={state.busy || "error" in planned}
          onClick={() => void state.create()}
        >
          {t("ui.templates.create")}
        </Button>
      </div>
      {state.created !== null && (
        <Text role="status">
          {t("ui.templates.created", { sheet: state.created })}
          {state.toFill !== null && ` ${state.toFill}`}
        </Text>
      )}
    </>
  );
}
