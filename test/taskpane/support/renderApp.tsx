/** Renders the real App over a MemoryPort and a test checker. */
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/taskpane/app/App";
import type { Lang } from "../../../src/taskpane/app/i18n";
import type { Checker } from "../../../src/taskpane/checking/checker";
import { fixedChecker, REPORT, ROWS, SHEET } from "./fixtures";
import { MemoryPort } from "./memoryPort";

export function renderApp(
  options: { port?: MemoryPort; checker?: Checker; lang?: Lang; view?: string } = {},
) {
  const port = options.port ?? new MemoryPort({ [SHEET]: ROWS });
  const checker = options.checker ?? fixedChecker(() => REPORT);
  const user = userEvent.setup();
  const utils = render(
    <App
      port={port}
      checker={checker}
      lang={options.lang ?? "ja"}
      theme="light"
      initialView={options.view}
    />,
  );
  return { ...utils, port, checker, user };
}

/**
 * Renders the app, checks the sheet (the checker's first report has 3 findings unless `options` says
 * otherwise) and opens the view whose tab is named `view` (修正, 書式, 集計, 設定…).
 */
export async function checkThenOpen(view: string, options: Parameters<typeof renderApp>[0] = {}) {
  const utils = renderApp(options);
  await utils.user.click(button("チェックする"));
  await screen.findByText(/3 件の指摘/);
  await utils.user.click(screen.getByRole("tab", { name: view }));
  await viewLoaded();
  return utils;
}

export function button(name: string | RegExp): HTMLButtonElement {
  return screen.getByRole("button", { name }) as HTMLButtonElement;
}

/** Waits until a view loaded on first opening (templates, 読み方, 集約) has replaced its loading line. */
export async function viewLoaded(): Promise<void> {
  await waitFor(() => expect(screen.queryByText(/^(読み込み中…|Loading…)$/)).toBeNull());
}

/** The reading line under the first heading of the table `range` in the check view's list. */
export async function readingUnder(range: RegExp): Promise<string> {
  const [heading] = await screen.findAllByRole("heading", { level: 3, name: range });
  return heading.nextElementSibling?.textContent ?? "";
}
