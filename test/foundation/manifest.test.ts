import { readFileSync } from "fs";
import path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the validator is a plain Node script
const { validateManifest, validateMetadata } = require("../../scripts/validate-manifest.js") as {
  validateManifest: (xml: string, opts: { rootDir: string }) => string[];
  validateMetadata: (files: Record<string, Metadata>) => string[];
};

interface Metadata {
  allowErrorForDataTypeAny?: boolean;
  allowCustomDataForDataTypeAny?: boolean;
  functions: { id: string; name: string }[];
}

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
      "an en-US metadata override without the bt: prefix",
      (x) =>
        x.replace(
          '<bt:Override Locale="en-US" Value="https://localhost:3000/functions.json"',
          '<Override Locale="en-US" Value="https://localhost:3000/functions.json"',
        ),
      /bt:Override/,
    ],
    [
      "no en-US functions metadata",
      (x) => x.replace(/<bt:Override Locale="en-US" Value="[^"]+functions.json"\/>/, ""),
      /en-US/,
    ],
    [
      "the English metadata as the ja-JP default",
      (x) =>
        x
          .replace(
            'DefaultValue="https://localhost:3000/functions-ja.json"',
            'DefaultValue="https://localhost:3000/functions.json"',
          )
          .replace(
            'Locale="en-US" Value="https://localhost:3000/functions.json"',
            'Locale="en-US" Value="https://localhost:3000/functions-ja.json"',
          ),
      /DefaultValue \(the ja-JP default\) must point at functions-ja.json/,
    ],
    [
      "an override for the default locale (issue 17, item 3)",
      (x) =>
        x.replace(
          '<bt:Override Locale="en-US" Value="https://localhost:3000/functions.json"/>',
          '<bt:Override Locale="en-US" Value="https://localhost:3000/functions.json"/><bt:Override Locale="ja-JP" Value="https://localhost:3000/functions-ja.json"/>',
        ),
      /overrides its DefaultLocale ja-JP/,
    ],
    [
      "an override for the default locale, in another case",
      (x) =>
        x.replace(
          '<Override Locale="en-US" Value="KPI Evaluation"/>',
          '<Override Locale="en-US" Value="KPI Evaluation"/><Override Locale="JA-jp" Value="KPI"/>',
        ),
      /<DisplayName> overrides its DefaultLocale/,
    ],
    [
      "an empty AppDomains (issue 17, item 7)",
      (x) => x.replace(/(<SupportUrl[^>]+\/>)/, "$1\n  <AppDomains/>"),
      /AppDomains> is empty/,
    ],
    [
      "an AppDomain that is not an https origin",
      (x) =>
        x.replace(
          /(<SupportUrl[^>]+\/>)/,
          "$1\n  <AppDomains><AppDomain>example.com</AppDomain></AppDomains>",
        ),
      /AppDomain> must be an https origin/,
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

describe("offline validation of the functions metadata the manifest points at", () => {
  /** Our ids and Japanese names (src/functions/metadata-ja.json), as the build makes both files. */
  const table = JSON.parse(readFileSync(path.join(rootDir, "src/functions/metadata-ja.json"), "utf8")) as {
    functions: Record<string, { name: string }>;
  };
  const options = { allowErrorForDataTypeAny: true, allowCustomDataForDataTypeAny: true };
  const english: Metadata = {
    ...options,
    functions: Object.keys(table.functions).map((id) => ({ id, name: id })),
  };
  const japanese: Metadata = {
    ...options,
    functions: Object.entries(table.functions).map(([id, { name }]) => ({ id, name })),
  };
  const files = (en: Metadata, ja: Metadata) => ({ "functions.json": en, "functions-ja.json": ja });

  it("accepts our ids and names", () => {
    expect(validateMetadata(files(english, japanese))).toEqual([]);
  });

  const rename = (metadata: Metadata, from: string, to: Partial<{ id: string; name: string }>): Metadata => ({
    ...metadata,
    functions: metadata.functions.map((fn) => (fn.id === from ? { ...fn, ...to } : fn)),
  });
  const breakages: [string, () => Record<string, Metadata>, RegExp][] = [
    [
      "an id of two characters (issue 17, item 4)",
      () => files(rename(english, "FISCALYEAR", { id: "FY", name: "FY" }), japanese),
      /functions.json: id "FY"/,
    ],
    [
      "a Japanese name of two characters (issue 17, item 4)",
      () => files(english, rename(japanese, "STATUS", { name: "判定" })),
      /functions-ja.json: name "判定"/,
    ],
    [
      "a name with a forbidden character",
      () => files(english, rename(japanese, "RATE", { name: "達成率%" })),
      /name "達成率%"/,
    ],
    [
      "metadata without allowErrorForDataTypeAny",
      () => files({ ...english, allowErrorForDataTypeAny: false }, japanese),
      /allowErrorForDataTypeAny/,
    ],
  ];

  it.each(breakages)("rejects %s", (_name, broken, expected) => {
    expect(validateMetadata(broken()).join("\n")).toMatch(expected);
  });
});
