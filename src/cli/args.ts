/**
 * The command line as a typed command: `kpi-check <file.xlsx>... [options]`, `kpi-check template <id>
 * [options]`, `--help`, `--version`. Parsing never throws: a bad command line is an `ArgumentError` with
 * a catalog code, shown with the usage (exit code 2).
 */
import { parseArgs } from "node:util";
import { type Lang, type MessageParams, TEMPLATE_IDS, type FormulaStyle } from "../core";
import type { CliMessageCode } from "../core/i18n";

export interface CheckCommand {
  readonly kind: "check";
  readonly lang: Lang;
  readonly files: readonly string[];
  readonly json: boolean;
  /** Sheets to check; empty = every sheet. */
  readonly sheets: readonly string[];
  readonly settings: string | null;
  /** With `fix`, where the fixed copies go (a file, or a directory: see ./fixOutput). */
  readonly fix: { readonly output: string } | null;
  /** An existing output file may be replaced (never an input, never anything but a regular file). */
  readonly force: boolean;
  /** `--layout FILE`: a reading file, over the reading saved in the workbook. */
  readonly layout: string | null;
  /** `--print-layout`: print the reading of every table instead of the report. */
  readonly printLayout: boolean;
}

export interface TemplateCommand {
  readonly kind: "template";
  readonly lang: Lang;
  readonly id: string;
  readonly output: string;
  readonly force: boolean;
  readonly settings: string | null;
  readonly from?: string;
  readonly years?: number;
  readonly indicators?: number;
  readonly style?: FormulaStyle;
  readonly projected?: string;
}

/** `kpi-check merge MASTER.xlsx RETURNED.xlsx… -o OUT.xlsx`: the returned workbooks merged into a copy of MASTER. */
export interface MergeCommand {
  readonly kind: "merge";
  readonly lang: Lang;
  readonly master: string;
  readonly returned: readonly string[];
  readonly output: string;
  readonly json: boolean;
  readonly prefer: "master" | "returned";
  readonly force: boolean;
  readonly settings: string | null;
}

/** `kpi-check split MASTER.xlsx --by HEADER -o DIR`: one workbook per value of the column HEADER. */
export interface SplitCommand {
  readonly kind: "split";
  readonly lang: Lang;
  readonly master: string;
  readonly by: string;
  readonly output: string;
  readonly force: boolean;
}

export type Command =
  | CheckCommand
  | SplitCommand
  | TemplateCommand
  | MergeCommand
  | { readonly kind: "help"; readonly lang: Lang }
  | { readonly kind: "version"; readonly lang: Lang };

export interface ArgumentError {
  readonly kind: "error";
  readonly lang: Lang;
  readonly code: CliMessageCode;
  readonly params: MessageParams;
}

const COMMON = {
  lang: { type: "string" },
  settings: { type: "string" },
  output: { type: "string", short: "o" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const CHECK_OPTIONS = {
  ...COMMON,
  version: { type: "boolean", short: "V" },
  json: { type: "boolean" },
  sheet: { type: "string", multiple: true },
  fix: { type: "boolean" },
  layout: { type: "string" },
  "print-layout": { type: "boolean" },
} as const;

const TEMPLATE_OPTIONS = {
  ...COMMON,
  from: { type: "string" },
  years: { type: "string" },
  indicators: { type: "string" },
  style: { type: "string" },
  projected: { type: "string" },
} as const;

const MERGE_OPTIONS = {
  ...COMMON,
  json: { type: "boolean" },
  prefer: { type: "string" },
} as const;

/** The language asked for, read leniently so that even an unparsable command line gets its errors in it. */
function langOf(argv: readonly string[]): Lang {
  const at = argv.findIndex((arg) => arg === "--lang" || arg.startsWith("--lang="));
  if (at < 0) return "ja";
  const value = argv[at].startsWith("--lang=") ? argv[at].slice("--lang=".length) : argv[at + 1];
  return value === "en" ? "en" : "ja";
}

class Refusal {
  constructor(
    readonly code: CliMessageCode,
    readonly params: MessageParams = {},
  ) {}
}

function wholeNumber(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\s*[+-]?\d+\s*$/.test(value)) throw new Refusal("cli.error.number", { option, value });
  return Number(value);
}

function langValue(value: string | undefined): Lang {
  if (value === undefined || value === "ja" || value === "en") return value ?? "ja";
  throw new Refusal("cli.error.lang", { value });
}

function styleValue(value: string | undefined): FormulaStyle | undefined {
  if (value === undefined || value === "native" || value === "kpi") return value;
  throw new Refusal("cli.error.style", { value });
}

function templateCommand(args: readonly string[]): Command {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: TEMPLATE_OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  const lang = langValue(values.lang);
  if (values.help) return { kind: "help", lang };
  const [id, ...extra] = positionals;
  if (id === undefined) throw new Refusal("cli.error.templateId", { ids: TEMPLATE_IDS.join(", ") });
  if (extra.length > 0) throw new Refusal("cli.error.templateExtra", { extra: extra.join(" ") });
  if (values.output === undefined) throw new Refusal("cli.error.templateOutput");
  return {
    kind: "template",
    lang,
    id,
    output: values.output,
    force: values.force ?? false,
    settings: values.settings ?? null,
    from: values.from,
    years: wholeNumber("--years", values.years),
    indicators: wholeNumber("--indicators", values.indicators),
    style: styleValue(values.style),
    projected: values.projected,
  };
}

function preferValue(value: string | undefined): "master" | "returned" {
  if (value === undefined || value === "master" || value === "returned") return value ?? "master";
  throw new Refusal("cli.error.prefer", { value });
}

function mergeCommand(args: readonly string[]): Command {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: MERGE_OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  const lang = langValue(values.lang);
  if (values.help) return { kind: "help", lang };
  const [master, ...returned] = positionals;
  if (master === undefined || returned.length === 0) throw new Refusal("cli.error.mergeFiles");
  if (values.output === undefined) throw new Refusal("cli.error.mergeOutput");
  return {
    kind: "merge",
    lang,
    master,
    returned,
    output: values.output,
    json: values.json ?? false,
    prefer: preferValue(values.prefer),
    force: values.force ?? false,
    settings: values.settings ?? null,
  };
}

function splitCommand(args: readonly string[]): Command {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { ...COMMON, by: { type: "string" } },
    allowPositionals: true,
    strict: true,
  });
  const lang = langValue(values.lang);
  if (values.help) return { kind: "help", lang };
  if (positionals.length !== 1 || values.by === undefined || values.output === undefined)
    throw new Refusal("cli.error.splitArguments");
  return {
    kind: "split",
    lang,
    master: positionals[0],
    by: values.by,
    output: values.output,
    force: values.force ?? false,
  };
}

function checkCommand(args: readonly string[]): Command {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: CHECK_OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  const lang = langValue(values.lang);
  if (values.help) return { kind: "help", lang };
  if (values.version) return { kind: "version", lang };
  if (positionals.length === 0) throw new Refusal("cli.error.noFiles");
  if (values.fix && values.output === undefined) throw new Refusal("cli.error.fixNeedsOutput");
  if (!values.fix && values.output !== undefined) throw new Refusal("cli.error.outputWithoutFix");
  const printLayout = values["print-layout"] ?? false;
  if (printLayout && (positionals.length > 1 || values.json || values.fix))
    throw new Refusal("cli.error.printLayout");
  return {
    kind: "check",
    lang,
    files: positionals,
    json: values.json ?? false,
    sheets: values.sheet ?? [],
    settings: values.settings ?? null,
    fix: values.fix && values.output !== undefined ? { output: values.output } : null,
    force: values.force ?? false,
    layout: values.layout ?? null,
    printLayout,
  };
}

/** Node's own parse errors ("Unknown option '--foo'. To specify…") up to their first sentence. */
function parseReason(error: unknown): string | null {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== "string" || !code.startsWith("ERR_PARSE_ARGS_")) return null;
  return (error as Error).message.split(/\.\s/)[0];
}

export function parseCommand(argv: readonly string[]): Command | ArgumentError {
  const lang = langOf(argv);
  try {
    if (argv[0] === "template") return templateCommand(argv.slice(1));
    if (argv[0] === "merge") return mergeCommand(argv.slice(1));
    if (argv[0] === "split") return splitCommand(argv.slice(1));
    return checkCommand(argv);
  } catch (error) {
    if (error instanceof Refusal) return { kind: "error", lang, code: error.code, params: error.params };
    const reason = parseReason(error);
    if (reason === null) throw error;
    return { kind: "error", lang, code: "cli.error.arguments", params: { reason } };
  }
}
