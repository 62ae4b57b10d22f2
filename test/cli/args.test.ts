/** The command line parsed in-process: commands, defaults and every refusal (exit code 2 with the usage). */
import { parseCommand } from "../../src/cli/args";

describe("parseCommand", () => {
  it("reads a check with every option", () => {
    expect(
      parseCommand([
        "a.xlsx",
        "b.xlsx",
        "--json",
        "--sheet",
        "取組状況",
        "--sheet=評価",
        "--settings",
        "s.json",
        "--fix",
        "-o",
        "out",
        "--lang",
        "en",
        "--force",
        "--layout",
        "l.json",
      ]),
    ).toEqual({
      kind: "check",
      lang: "en",
      files: ["a.xlsx", "b.xlsx"],
      json: true,
      sheets: ["取組状況", "評価"],
      settings: "s.json",
      fix: { output: "out" },
      force: true,
      layout: "l.json",
      printLayout: false,
    });
  });

  it("defaults to Japanese, every sheet, no settings and no fix", () => {
    expect(parseCommand(["a.xlsx"])).toEqual({
      kind: "check",
      lang: "ja",
      files: ["a.xlsx"],
      json: false,
      sheets: [],
      settings: null,
      fix: null,
      force: false,
      layout: null,
      printLayout: false,
    });
  });

  it("reads --print-layout for one file, and refuses it with several files, --json or --fix", () => {
    expect(parseCommand(["a.xlsx", "--print-layout"])).toMatchObject({ kind: "check", printLayout: true });
    for (const args of [
      ["a.xlsx", "b.xlsx"],
      ["a.xlsx", "--json"],
      ["a.xlsx", "--fix", "-o", "x.xlsx"],
    ])
      expect(parseCommand([...args, "--print-layout"])).toMatchObject({ code: "cli.error.printLayout" });
  });

  it("reads the template subcommand", () => {
    expect(
      parseCommand([
        "template",
        "progress",
        "--from",
        "令和6年度",
        "--years",
        "3",
        "--indicators",
        "30",
        "--style",
        "kpi",
        "--projected",
        "R8",
        "-o",
        "t.xlsx",
      ]),
    ).toEqual({
      kind: "template",
      lang: "ja",
      id: "progress",
      output: "t.xlsx",
      force: false,
      settings: null,
      from: "令和6年度",
      years: 3,
      indicators: 30,
      style: "kpi",
      projected: "R8",
    });
  });

  it("reads --help and --version", () => {
    expect(parseCommand(["--help", "--lang", "en"])).toEqual({ kind: "help", lang: "en" });
    expect(parseCommand(["template", "-h"])).toEqual({ kind: "help", lang: "ja" });
    expect(parseCommand(["-V"])).toEqual({ kind: "version", lang: "ja" });
  });

  it.each([
    [[], "cli.error.noFiles"],
    [["--nope", "a.xlsx"], "cli.error.arguments"],
    [["a.xlsx", "--sheet"], "cli.error.arguments"],
    [["--json=yes", "a.xlsx"], "cli.error.arguments"],
    [["--lang", "fr", "a.xlsx"], "cli.error.lang"],
    [["--fix", "a.xlsx"], "cli.error.fixNeedsOutput"],
    [["a.xlsx", "-o", "x.xlsx"], "cli.error.outputWithoutFix"],
    [["template"], "cli.error.templateId"],
    [["template", "progress"], "cli.error.templateOutput"],
    [["template", "progress", "grant-kpi", "-o", "t.xlsx"], "cli.error.templateExtra"],
    [["template", "progress", "--years", "three", "-o", "t.xlsx"], "cli.error.number"],
    [["template", "progress", "--indicators", "2.5", "-o", "t.xlsx"], "cli.error.number"],
    [["template", "progress", "--style", "vba", "-o", "t.xlsx"], "cli.error.style"],
    [["template", "progress", "--fix", "-o", "t.xlsx"], "cli.error.arguments"],
  ])("refuses %j with %s", (argv, code) => {
    expect(parseCommand(argv)).toMatchObject({ kind: "error", code });
  });

  it("gives a refusal in the language asked for, even when the command line is broken", () => {
    expect(parseCommand(["--nope", "--lang", "en"])).toMatchObject({ kind: "error", lang: "en" });
    expect(parseCommand(["--lang=en", "--sheet"])).toMatchObject({ kind: "error", lang: "en" });
    expect(parseCommand(["--nope"])).toMatchObject({ kind: "error", lang: "ja" });
  });
});
