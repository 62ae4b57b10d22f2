// Testing Library waits 1 s by default for findBy… and waitFor; on a two-core CI machine running other test
// files, a view that is right can take longer than that to render. A wait that never succeeds still fails.
if (typeof window !== "undefined") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- only jsdom tests load Testing Library
  (require("@testing-library/dom") as typeof import("@testing-library/dom")).configure({
    asyncUtilTimeout: 10_000,
  });
}
