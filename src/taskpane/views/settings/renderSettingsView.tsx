/**
 * The settings view: bands and labels, projected period, banding basis, how rates are kept, direction per
 * indicator, language.
 */
import { Button, Field, Input, Radio, RadioGroup, Select, Text } from "@fluentui/react-components";
import type { Direction } from "../../../core";
import type { UiMessageKey } from "../../../core/i18n";
import type { useSettingsViewStyles } from "./useSettingsViewStyles";
import type { Translate } from "../../app/i18n";
import type { SettingsViewState } from "./useSettingsView";
import type { PaneSettings } from "../../settings/settings";
import { NumberField } from "../common/NumberField";

/** The bands' message: every band input is described by it while it stands. */
const BANDS_PROBLEM_ID = "kpi-settings-bands-problem";

const DIRECTIONS: { value: Direction; label: UiMessageKey }[] = [
  { value: "up", label: "ui.direction.higher" },
  { value: "down", label: "ui.direction.lower" },
  { value: "keep", label: "ui.direction.keep" },
];

const RATE_SCALES: readonly PaneSettings["rateScale"][] = ["cells", "fraction", "points"];

const rateScaleOf = (value: string): PaneSettings["rateScale"] =>
  RATE_SCALES.find((scale) => scale === value) ?? "cells";

export function renderSettingsView(
  state: SettingsViewState,
  t: Translate,
  styles: ReturnType<typeof useSettingsViewStyles>,
) {
  const { draft } = state;
  const describedBy = state.bandsValid ? undefined : BANDS_PROBLEM_ID;
  const periods =
    draft.projectedPeriod && !state.periods.includes(draft.projectedPeriod)
      ? [...state.periods, draft.projectedPeriod]
      : state.periods;
  return (
    <>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t("ui.settings.bands")}</legend>
        {draft.bands.map((band, i) => (
          <div key={i} className={styles.band}>
            <Field label={t("ui.settings.bandLabel", { n: i + 1 })}>
              <Input
                className={styles.input}
                value={band.label}
                aria-describedby={describedBy}
                onChange={(_, data) => state.setBand(i, { label: data.value })}
              />
            </Field>
            {band.min !== null && (
              <NumberField
                label={t("ui.settings.bandMin", { n: i + 1 })}
                value={band.min}
                describedBy={describedBy}
                onValue={(min) => state.setBand(i, { min })}
                onValidity={state.validity(`band${i}`)}
              />
            )}
          </div>
        ))}
        {!state.bandsValid && (
          <Text role="alert" id={BANDS_PROBLEM_ID}>
            {t("ui.settings.invalid")}
          </Text>
        )}
      </fieldset>
      <Field label={t("ui.settings.projected")}>
        <Select
          className={styles.input}
          value={draft.projectedPeriod ?? ""}
          onChange={(_, data) => state.update({ projectedPeriod: data.value === "" ? null : data.value })}
        >
          <option value="">{t("ui.settings.projectedNone")}</option>
          {periods.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("ui.settings.projectedSuffix")}>
        <Input
          className={styles.input}
          value={draft.projectedSuffix}
          onChange={(_, data) => state.update({ projectedSuffix: data.value })}
        />
      </Field>
      <Field label={t("ui.settings.rounding")}>
        <RadioGroup
          value={draft.banding}
          onChange={(_, data) =>
            state.update({ banding: data.value === "displayed" ? "displayed" : "exact" })
          }
        >
          <Radio value="exact" label={t("ui.settings.exact")} />
          <Radio value="displayed" label={t("ui.settings.displayed")} />
        </RadioGroup>
      </Field>
      <Field label={t("ui.settings.rateScale")}>
        <RadioGroup
          value={draft.rateScale}
          onChange={(_, data) => state.update({ rateScale: rateScaleOf(data.value) })}
        >
          <Radio value="cells" label={t("ui.settings.rateScaleCells")} />
          <Radio value="fraction" label={t("ui.settings.rateScaleFraction")} />
          <Radio value="points" label={t("ui.settings.rateScalePoints")} />
        </RadioGroup>
      </Field>
      <fieldset className={styles.group}>
        <legend className={styles.legend}>{t("ui.settings.direction")}</legend>
        {state.indicators.length === 0 && <Text>{t("ui.settings.noIndicators")}</Text>}
        {state.indicators.map((indicator) => (
          <Field
            key={indicator.id}
            label={t("ui.settings.directionOf", { name: `${indicator.id} ${indicator.name}` })}
          >
            <Select
              className={styles.input}
              value={draft.directions[indicator.id] ?? "up"}
              onChange={(_, data) => state.setDirection(indicator.id, data.value as Direction)}
            >
              {DIRECTIONS.map((d) => (
                <option key={d.value} value={d.value}>
                  {t(d.label)}
                </option>
              ))}
            </Select>
          </Field>
        ))}
      </fieldset>
      <Field label={t("ui.settings.language")}>
        <Select
          className={styles.input}
          value={draft.language}
          onChange={(_, data) =>
            state.update({ language: data.value === "ja" || data.value === "en" ? data.value : "auto" })
          }
        >
          <option value="auto">{t("ui.settings.languageAuto")}</option>
          <option value="ja">{t("ui.settings.languageJa")}</option>
          <option value="en">{t("ui.settings.languageEn")}</option>
        </Select>
      </Field>
      <div>
        <Button appearance="primary" disabled={!state.valid} onClick={() => void state.save()}>
          {t("ui.settings.save")}
        </Button>
      </div>
      {state.saved && <Text role="status">{t("ui.settings.saved")}</Text>}
    </>
  );
}
