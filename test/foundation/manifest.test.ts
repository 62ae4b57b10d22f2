import { readFileSync } from "fs";
import path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the validator is a plain Node script
const { validateManifest } = require("../../scripts/validate-manifest.js") as {
  validateManifest: (xml: string, opts: { rootDir: string }) => string[];
};

const rootDir = path.resolve(__dirname, "../..");
const manifest = readFileSync(path.join(rootDir, "manifest.xml"), "utf8");
const validate = (xml: string) => validateManifest(xml, { rootDir });

describe("offline manifest validation", () => {
  it("accepts our manifest", () => {
    expect(validate(manifest)).toEqual([]);
  });

  const breakages: [string, (xml: string) => string, RegExp][] = [
    ["malformed XML", (x) => x.replace("</Hosts>", ""), /well-formed/],
    ["an id that is not a GUID", (x) => x.replace(/<Id>[^<]+<\/Id>/, "<Id>my-addin</Id>"), /GUID/],
    [
      "a bad version",
      (x) => x.replace("<Version>1.0.0.0</Version>", "<Version>1.0.0.0.0</Version>"),
      /Version/,
    ],
    [
      "a missing required element",
      (x) => x.replace(/<ProviderName>[^<]+<\/ProviderName>/, ""),
      /missing required element <ProviderName>/,
    ],
    [
      "elements out of order",
      (x) => x.replace(/(<Version>[^<]+<\/Version>)\s*(<ProviderName>[^<]+<\/ProviderName>)/, "$2$1"),
      /out of order/,
    ],
    [
      "a resid that resolves to nothing",
      (x) => x.replace('resid="Group.Label"', 'resid="Group.Missing"'),
      /refers to no bt: resource/,
    ],
    [
      "a duplicate resource id",
      (x) => x.replace('<bt:Image id="Icon.32x32"', '<bt:Image id="Icon.16x16"'),
      /declared twice/,
    ],
    [
      "a second origin",
      (x) => x.replace("https://localhost:3000/functions.js", "https://cdn.example.com/functions.js"),
      /more than one origin/,
    ],
    [
      "a URL to a file the build does not emit",
      (x) => x.replace("/functions.js", "/function.js"),
      /does not emit/,
    ],
    [
      "an icon of the wrong size",
      (x) => x.replace('size="80" resid="Icon.80x80"', 'size="80" resid="Icon.32x32"'),
      /80×80/,
    ],
    [
      "DefaultLocale not ja-JP",
      (x) => x.replace("<DefaultLocale>ja-JP</DefaultLocale>", "<DefaultLocale>en-US</DefaultLocale>"),
      /DefaultLocale/,
    ],
    [
      "no en-US override of the display name",
      (x) => x.replace('<Override Locale="en-US" Value="KPI Evaluation"/>', ""),
      /DisplayName> needs an en-US/,
    ],
    [
      "a ja-JP metadata override without the bt: prefix",
      (x) => x.replace('<bt:Override Locale="ja-JP"', '<Override Locale="ja-JP"'),
      /bt:Override/,
    ],
    [
      "no ja-JP functions metadata",
      (x) => x.replace(/<bt:Override Locale="ja-JP" Value="[^"]+functions-ja.json"\/>/, ""),
      /ja-JP/,
    ],
    [
      "a broader permission than needed",
      (x) =>
        x.replace(
          "<Permissions>ReadWriteDocument</Permissions>",
          "<Permissions>ReadWriteMailbox</Permissions>",
        ),
      /Permissions/,
    ],
    [
      "no shared runtime requirement",
      (x) => x.replace('<Set Name="SharedRuntime" MinVersion="1.1"/>', ""),
      /SharedRuntime/,
    ],
    ["a short-lived runtime", (x) => x.replace('lifetime="long"', 'lifetime="short"'), /lifetime/],
  ];

  it.each(breakages)("rejects %s", (_name, breakIt, expected) => {
    const broken = breakIt(manifest);
    expect(broken).not.toEqual(manifest);
    const problems = validate(broken);
    expect(problems.join("\n")).toMatch(expected);
  });
});
