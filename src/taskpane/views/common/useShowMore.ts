/** Long lists grow a page at a time: a sheet of 10,000 indicators can have tens of thousands of findings. */
import { useCallback, useState } from "react";

export const PAGE_SIZE = 50;

/** How many items of each list (by key) to show, and a way to show a page more. */
export function useShowMore() {
  const [shown, setShown] = useState<Record<string, number>>({});
  const limit = useCallback((key: string) => shown[key] ?? PAGE_SIZE, [shown]);
  const more = useCallback(
    (key: string) => setShown((s) => ({ ...s, [key]: (s[key] ?? PAGE_SIZE) + PAGE_SIZE })),
    [],
  );
  return { limit, more };
}
