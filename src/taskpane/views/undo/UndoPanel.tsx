/**
 * 元に戻す: every apply of this session (and earlier ones saved in the workbook), newest first. Once undone,
 * the button is gone: focus goes to the message saying what was undone.
 */
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { UndoToken } from "../../../workbook/port";
import { useT } from "../../app/i18n";
import { useSession } from "../../session/session";
import { plainList } from "../common/plainList";

const useStyles = makeStyles({
  root: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
  heading: {
    margin: `0 0 ${tokens.spacingVerticalXS}`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: plainList(tokens.spacingVerticalXS),
});

export function UndoPanel() {
  const { history, undo } = useSession();
  const { t, lang } = useT();
  const styles = useStyles();
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const doneRef = useRef<HTMLElement>(null);
  useEffect(() => {
    if (done !== null) doneRef.current?.focus();
  }, [done]);
  const time = (token: UndoToken) =>
    new Date(token.createdAt).toLocaleTimeString(lang === "ja" ? "ja-JP" : "en-US", {
      hour: "2-digit",
      minute: "2-digit",
    });
  // What the change touched: cells written, else formats and added rules (a fill-only change writes no cell).
  const itemText = (token: UndoToken) => {
    const label = token.label;
    if (token.cells.length > 0)
      return t("ui.undo.item", { label, time: time(token), count: token.cells.length });
    const formats = (token.formats?.length ?? 0) + token.added.length;
    return formats > 0
      ? t("ui.undo.itemFormats", { label, time: time(token), count: formats })
      : t("ui.undo.itemPlain", { label, time: time(token) });
  };
  const run = async (token: UndoToken) => {
    setBusy(true);
    const notRestored = await undo(token);
    if (notRestored !== null)
      setDone(
        t("ui.undo.done", { label: token.label }) +
          (notRestored > 0 ? t("ui.undo.partial", { count: notRestored }) : ""),
      );
    setBusy(false);
  };
  if (history.length === 0 && done === null) return null;
  return (
    <section className={styles.root} aria-labelledby="kpi-undo-heading">
      <h2 id="kpi-undo-heading" className={styles.heading}>
        {t("ui.undo.title")}
      </h2>
      {done !== null && (
        <Text role="status" tabIndex={-1} ref={doneRef}>
          {done}
        </Text>
      )}
      {history.length === 0 ? (
        <Text>{t("ui.undo.none")}</Text>
      ) : (
        <ul className={styles.list} aria-label={t("ui.undo.history")}>
          {[...history].reverse().map((token, i) => (
            <li key={token.id}>
              <Button size="small" disabled={busy} onClick={() => void run(token)}>
                {itemText(token)}
                {i > 0 && t("ui.undo.alsoLater", { count: i })}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
