/** The templates view: parameters, a preview of the sheet's layout, シートを作成. */
import { Button, Field, Input, Radio, RadioGroup, Select, Text } from "@fluentui/react-components";
import { message, type FiscalYearStyle, TEMPLATE_IDS, type TemplateId } from "../../../core";
import type { useTemplatesViewStyles } from "./useTemplatesViewStyles";
import type { Lang, Translate } from "../../app/i18n";
import { NumberField } from "../common/NumberField";
import { PREVIEW_COLS, PREVIEW_ROWS, type TemplateForm, type TemplatesViewState } from "./useTemplatesView";

const YEAR_STYLES: {
  value: FiscalYearStyle;
  label: "ui.templates.yearShort" | "ui.templates.yearWareki" | "ui.templates.yearWestern";
}[] = [
  { value: "short", label: "ui.templates.yearShort" },
  { value: "wareki", label: "ui.templates.yearWareki" },
  { value: "western", label: "ui.templates.yearWestern" },
];

export function renderTemplatesView(
  state: TemplatesViewState,
  t: Translate,
  lang: Lang,
  styles: ReturnType<typeof useTemplatesViewStyles>,
) {
  const { form, update, planned, preview } = state;
  /** The plan's error when it is about `field`: shown on the field and linked to its input. */
  const errorOf = (field: keyof TemplateForm) =>
    "error" in planned && planned.field === field ? planned.error : null;
  const textField = (field: "from" | "projected" | "sheetName", label: string, wide: boolean) => (
    <Field
      label={label}
      className={wide ? styles.wide : undefined}
      validationState={errorOf(field) === null ? "none" : "error"}
      validationMessage={errorOf(field) ?? undefined}
    >
      <Input className={styles.input} value={form[field]} onChange={(_, d) => update({ [field]: d.value })} />
    </Field>
  );
  const wholeNumberField = (field: "years" | "indicators", label: string) => (
    <NumberField
      label={label}
      whole
      value={form[field]}
      onValue={(value) => update({ [field]: value })}
      onValidity={state.validity(field)}
      error={errorOf(field)}
    />
  );
  return (
    <>
      <div className={styles.form}>
        <Field label={t("ui.templates.template")} className={styles.wide}>
          <Select
            className={styles.input}
            value={form.id}
            onChange={(_, d) => update({ id: d.value as TemplateId })}
          >
            {TEMPLATE_IDS.map((id) => (
              <option key={id} value={id}>
                {message(`template.${id}.name`, lang)}
              </option>
            ))}
          </Select>
        </Field>
        {textField("from", t("ui.templates.from"), true)}
        {wholeNumberField("years", t("ui.templates.years"))}
        {wholeNumberField("indicators", t("ui.templates.indicators"))}
        {textField("projected", t("ui.templates.projected"), false)}
        <Field label={t("ui.templates.yearStyle")}>
          <Select
            className={styles.input}
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
        {textField("sheetName", t("ui.templates.sheetName"), true)}
      </div>
      {"error" in planned && planned.field === null && <Text role="alert">{planned.error}</Text>}
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
          disabled={state.busy || "error" in planned || !state.allRead}
          onClick={() => void state.create()}
        >
          {t("ui.templates.create")}
        </Button>
      </div>
      {state.created !== null && (
        <Text role="status" tabIndex={-1} ref={state.createdRef}>
          {t("ui.templates.created", { sheet: state.created })}
          {state.toFill !== null && ` ${state.toFill}`}
        </Text>
      )}
    </>
  );
}
