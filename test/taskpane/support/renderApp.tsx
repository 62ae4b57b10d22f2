/** Renders the real App over a MemoryPort and a test engine. */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/taskpane/app/App";
import type { Lang } from "../../../src/taskpane/app/i18n";
import type { CheckEngine } from "../../../src/taskpane/engine/engine";
import { fixedEngine, REPORT, ROWS, SHEET } from "./fixtures";
import { MemoryPort } from "./memoryPort";

export function renderApp(
  options: { port?: MemoryPort; engine?: CheckEngine; lang?: Lang; view?: string } = {},
) {
  const port = options.port ?? new MemoryPort({ [SHEET]: ROWS });
  const engine = options.engine ?? fixedEngine(() => REPORT);
  const user = userEvent.setup();
  const utils = render(
    <App port={port} engine={engine} lang={options.lang ?? "ja"} theme="light" initialView={options.view} />,
  );
  return { ...utils, port, engine, user };
}

export function button(name: string | RegExp): HTMLButtonElement {
  return screen.getByRole("button", { name }) as HTMLButtonElement;
}
