/** Which fields of a form hold a text that does not read (an emptied number field): the form waits for them. */
import { useCallback, useState } from "react";

export function useFieldValidity() {
  const [unread, setUnread] = useState<ReadonlySet<string>>(new Set());
  const validity = useCallback(
    (field: string) => (valid: boolean) =>
      setUnread((fields) => {
        if (valid === !fields.has(field)) return fields;
        const next = new Set(fields);
        if (valid) next.delete(field);
        else next.add(field);
        return next;
      }),
    [],
  );
  return { allRead: unread.size === 0, validity };
}
