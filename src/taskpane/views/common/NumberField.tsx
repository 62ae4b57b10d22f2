/**
 * A number field that can be cleared and retyped: while the user types, the text is theirs (empty
 * allowed); each text that reads as a number goes to `onValue` at once; a text that does not is said
 * when the field is left. Fluent's Field links the message (and `error`, a rule's verdict on the number)
 * to the input with aria-describedby and marks it aria-invalid.
 */
import { Field, Input, makeStyles } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { useT } from "../../app/i18n";

const useStyles = makeStyles({ input: { minWidth: 0 } });

export interface NumberFieldProps {
  label: string;
  value: number;
  onValue: (value: number) => void;
  /** Whether the text reads as a number (`false` while it is empty or not a number). */
  onValidity: (valid: boolean) => void;
  /** Whole numbers only. */
  whole?: boolean;
  /** What a rule says of the number the field holds, or `null`. */
  error?: string | null;
  /** Another element describing the input (a message about the form the field belongs to). */
  describedBy?: string;
  className?: string;
}

function read(text: string, whole: boolean): number | null {
  if (text.trim() === "") return null;
  const n = Number(text);
  return Number.isFinite(n) && (!whole || Number.isInteger(n)) ? n : null;
}

export function NumberField({
  label,
  value,
  onValue,
  onValidity,
  whole = false,
  error,
  describedBy,
  className,
}: NumberFieldProps) {
  const { t } = useT();
  const styles = useStyles();
  const [text, setText] = useState(String(value));
  const [left, setLeft] = useState(false);
  // A new value (typed here, or set from elsewhere: settings loaded) replaces the text unless it already
  // says it; either way the field now reads.
  useEffect(() => {
    setText((current) => (read(current, whole) === value ? current : String(value)));
    onValidity(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on a new value only; the callback is remade each render
  }, [value, whole]);
  const unread = read(text, whole) === null;
  const message = left && unread ? t(whole ? "ui.field.whole" : "ui.field.number") : (error ?? null);
  return (
    <Field
      label={label}
      className={className}
      validationState={message === null ? "none" : "error"}
      validationMessage={message ?? undefined}
    >
      <Input
        type="number"
        className={styles.input}
        value={text}
        aria-describedby={describedBy}
        onChange={(_, data) => {
          setText(data.value);
          const n = read(data.value, whole);
          onValidity(n !== null);
          if (n !== null) onValue(n);
        }}
        onFocus={() => setLeft(false)}
        onBlur={() => setLeft(true)}
      />
    </Field>
  );
}
