/**
 * End-to-end support: the preview server (`scripts/preview.mjs` on a free port) and Debian's Chromium driven
 * by playwright-core (never a downloaded browser), with a fresh profile and no background traffic.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

// The project root; npm scripts, jest and the benchmark all run from it (this file is also loaded as an ES module
// by the benchmark, where __dirname does not exist).
const ROOT = process.cwd();
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export interface PreviewServer {
  url: string;
  stop(): void;
}

/** Builds and serves the preview; resolves with the URL it prints. */
export function startPreview(extraArgs: string[] = []): Promise<PreviewServer> {
  const child: ChildProcess = spawn(process.execPath, ["scripts/preview.mjs", "--port", "0", ...extraArgs], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let errors = "";
  child.stderr?.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const url = /^http:\/\/localhost:\d+\/\S*$/m.exec(out)?.[0];
      if (url) resolve({ url, stop: () => child.kill() });
    });
    child.once("exit", (code) => reject(new Error(`preview exited with ${code}: ${errors}`)));
  });
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  close(): Promise<void>;
}

export async function openBrowser(): Promise<Browser> {
  const profile = mkdtempSync(path.join(tmpdir(), "kpi-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  return {
    context,
    page,
    requests,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const axeSource = () => readFileSync(path.join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** Each offending element: its selector and, to find it in a failure, the start of its HTML. */
  nodes: { target: string[]; html: string }[];
}

/**
 * Runs axe-core (injected from its source, nothing fetched) on the page; returns the violations. Fluent's
 * focus manager (tabster) adds invisible `data-tabster-dummy` elements that only bounce focus back into
 * the tab list; they are not content and are left out.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: axeSource() });
  // Colours are measured on the settled page: a button's colour transition (Fluent animates hover and
  // focus) caught half-way reads as low contrast.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => null))));
  return page.evaluate(async () => {
    type Context = { exclude: string[][] };
    const axe = (
      window as unknown as { axe: { run(context: Context): Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run({ exclude: [["[data-tabster-dummy]"]] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 200) })),
    }));
  });
}

export const SCREENSHOTS = path.join(ROOT, "docs", "screenshots");
