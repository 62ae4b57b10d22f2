/** Every cell a change set will write, before → after, with Apply and Discard. */
import {
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useRef, type ReactNode } from "react";
import { useT } from "../../app/i18n";
import type { PreviewRow } from "./cellText";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  caption: {
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
  },
  scroll: { maxHeight: "50vh", overflowY: "auto" },
  mono: { fontFamily: tokens.fontFamilyMonospace, wordBreak: "break-all" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

export interface ChangePreviewProps {
  rows: PreviewRow[];
  /** What the table does not show, above it (the format view's other effects). */
  summary?: ReactNode;
  busy?: boolean;
  onApply(): void;
  onDiscard(): void;
}

export function ChangePreview({ rows, summary, busy, onApply, onDiscard }: ChangePreviewProps) {
  const { t } = useT();
  const styles = useStyles();
  const applyRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    applyRef.current?.focus();
  }, []);
  return (
    <section className={styles.root} aria-label={t("ui.fix.previewTitle", { count: rows.length })}>
      {summary && <div>{summary}</div>}
      <div
        className={styles.scroll}
        tabIndex={0}
        role="region"
        aria-label={t("ui.fix.previewTitle", { count: rows.length })}
      >
        <Table size="extra-small">
          <caption className={styles.caption}>{t("ui.fix.previewTitle", { count: rows.length })}</caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("ui.fix.cell")}</TableHeaderCell>
              <TableHeaderCell>{t("ui.fix.before")}</TableHeaderCell>
              <TableHeaderCell>{t("ui.fix.after")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.key}>
                <TableCell className={styles.mono}>{row.cell}</TableCell>
                <TableCell className={styles.mono}>
                  {row.before === "" ? t("ui.fix.empty") : row.before}
                </TableCell>
                <TableCell className={styles.mono}>
                  {row.after === "" ? t("ui.fix.empty") : row.after}
                  {row.toNumber && ` ${t("ui.fix.asNumber")}`}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <div className={styles.actions}>
        <Button appearance="primary" ref={applyRef} onClick={onApply} disabled={busy}>
          {t("ui.fix.apply")}
        </Button>
        <Button onClick={onDiscard} disabled={busy}>
          {t("ui.fix.discard")}
        </Button>
      </div>
    </section>
  );
}
