/** A view with nothing to show: what is missing and what was looked for. */
import { makeStyles, Text, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

export function EmptyState({ title, hint }: { title: string; hint?: string }) {
  const styles = useStyles();
  return (
    <div className={styles.root} role="status">
      <h2 className={styles.title}>{title}</h2>
      {hint && <Text>{hint}</Text>}
    </div>
  );
}
