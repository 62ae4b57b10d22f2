/*
 * Offline manifest validation. `office-addin-manifest validate` posts the file to an online service that city
 * networks and CI cannot reach, and the public XSDs lag behind shared-runtime elements, so we check what we use.
 * Usage: node scripts/validate-manifest.js manifest.xml   (exit 1 and one line per problem when invalid)
 */
const fs = require("fs");
const path = require("path");
const { DOMParser } = require("@xmldom/xmldom");
const { METADATA_OPTIONS, namingProblems } = require("./functions-metadata.js");

const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

/** Top-level elements in the order the schema requires; `false` marks the optional ones. */
const TOP_ELEMENTS = [
  ["Id", true],
  ["Version", true],
  ["ProviderName", true],
  ["DefaultLocale", true],
  ["DisplayName", true],
  ["Description", true],
  ["IconUrl", true],
  ["HighResolutionIconUrl", false],
  ["SupportUrl", false],
  ["AppDomains", false],
  ["Hosts", false],
  ["Requirements", false],
  ["DefaultSettings", true],
  ["Permissions", true],
  ["VersionOverrides", false],
];
const TOP_ORDER = TOP_ELEMENTS.map(([name]) => name);
const REQUIRED_TOP = TOP_ELEMENTS.filter(([, required]) => required).map(([name]) => name);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;

/** The files `npm run build` emits, read from the webpack configuration itself so the two cannot drift. */
function emittedFiles(rootDir) {
  const config = require(path.join(rootDir, "webpack.config.js"))({}, { mode: "production" });
  const files = new Set(Object.keys(config.entry).map((name) => `${name}.js`));
  for (const plugin of config.plugins) {
    if (plugin.userOptions && plugin.userOptions.filename) files.add(plugin.userOptions.filename);
    if (plugin.options && typeof plugin.options.output === "string") files.add(plugin.options.output);
  }
  files.add("manifest.xml");
  for (const f of fs.readdirSync(path.join(rootDir, "assets"))) files.add(`assets/${f}`);
  return files;
}

function pngSize(file) {
  const buf = fs.readFileSync(file);
  if (buf.length < 24 || buf.toString("ascii", 1, 4) !== "PNG") return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function childElements(node) {
  return Array.from(node.childNodes || []).filter((n) => n.nodeType === 1);
}

function validateManifest(xml, { rootDir }) {
  const problems = [];
  const parseErrors = [];
  let doc = null;
  try {
    doc = new DOMParser({
      onError: (level, msg) => {
        if (level !== "warning") parseErrors.push(msg);
      },
    }).parseFromString(xml, "text/xml");
  } catch (e) {
    parseErrors.push(e instanceof Error ? e.message.split("\n")[0] : String(e));
  }
  if (parseErrors.length || !doc || !doc.documentElement) {
    return [`not well-formed XML: ${parseErrors[0] || "no root element"}`];
  }
  const root = doc.documentElement;
  if (root.localName !== "OfficeApp" || root.namespaceURI !== NS.app)
    problems.push("root element must be OfficeApp in the appforoffice/1.1 namespace");
  if (root.getAttributeNS(NS.xsi, "type") !== "TaskPaneApp")
    problems.push('OfficeApp must have xsi:type="TaskPaneApp"');

  const top = childElements(root);
  const names = top.map((e) => e.localName);
  for (const req of REQUIRED_TOP)
    if (!names.includes(req)) problems.push(`missing required element <${req}>`);
  let last = -1;
  for (const name of names) {
    const at = TOP_ORDER.indexOf(name);
    if (at === -1) problems.push(`unexpected top-level element <${name}>`);
    else if (at < last) problems.push(`<${name}> is out of order (expected order: ${TOP_ORDER.join(", ")})`);
    else last = at;
  }
  const topEl = (name) => top.find((e) => e.localName === name);
  const text = (name) => (topEl(name) ? topEl(name).textContent.trim() : "");

  if (!GUID.test(text("Id"))) problems.push(`<Id> must be a GUID, found "${text("Id")}"`);
  if (!VERSION.test(text("Version"))) problems.push(`<Version> must be n.n.n.n, found "${text("Version")}"`);
  if (text("DefaultLocale") !== "ja-JP")
    problems.push(`<DefaultLocale> must be ja-JP, found "${text("DefaultLocale")}"`);
  if (text("Permissions") !== "ReadWriteDocument")
    problems.push(`<Permissions> must be ReadWriteDocument (least needed), found "${text("Permissions")}"`);
  for (const name of ["DisplayName", "Description"]) {
    const el = topEl(name);
    const overrides = el ? childElements(el).filter((o) => o.localName === "Override") : [];
    if (!overrides.some((o) => o.getAttribute("Locale") === "en-US" && o.getAttribute("Value")))
      problems.push(`<${name}> needs an en-US <Override>`);
  }

  // An override is for "an Office locale that is different from the default"
  // (https://learn.microsoft.com/javascript/api/manifest/override): one for DefaultLocale is refused.
  const defaultLocale = text("DefaultLocale").toLowerCase();
  for (const el of Array.from(doc.getElementsByTagName("*"))) {
    const locale = el.localName === "Override" ? el.getAttribute("Locale") : null;
    if (locale && locale.toLowerCase() === defaultLocale) {
      const owner = el.parentNode;
      const id = owner && owner.getAttribute && owner.getAttribute("id");
      problems.push(
        `<${owner ? owner.localName : "?"}${id ? ` id="${id}"` : ""}> overrides its DefaultLocale ${locale}: put that value in DefaultValue`,
      );
    }
  }

  // An empty <AppDomains/> lists nothing and fails Microsoft's validation; leave it out or list the domains
  // (https://learn.microsoft.com/javascript/api/manifest/appdomains).
  const appDomains = topEl("AppDomains");
  if (appDomains) {
    const domains = childElements(appDomains).filter((e) => e.localName === "AppDomain");
    if (domains.length === 0) problems.push("<AppDomains> is empty: remove it or list <AppDomain> entries");
    for (const domain of domains)
      if (!/^https:\/\/[^/\s]+$/.test(domain.textContent.trim()))
        problems.push(`<AppDomain> must be an https origin, found "${domain.textContent.trim()}"`);
  }

  // Resources: every resid resolves, no duplicate ids, ids at most 32 characters.
  const resources = new Map();
  for (const el of Array.from(doc.getElementsByTagNameNS(NS.bt, "*"))) {
    if (!["Image", "Url", "String"].includes(el.localName)) continue;
    const id = el.getAttribute("id");
    if (!id) continue;
    if (resources.has(id)) problems.push(`resource id "${id}" is declared twice`);
    if (id.length > 32) problems.push(`resource id "${id}" is longer than 32 characters`);
    resources.set(id, el);
  }
  const allElements = Array.from(doc.getElementsByTagName("*"));
  for (const el of allElements) {
    const resid = el.getAttribute("resid");
    if (resid && !resources.has(resid))
      problems.push(`<${el.localName} resid="${resid}"> refers to no bt: resource`);
    if (
      el.localName === "Override" &&
      el.parentNode &&
      el.parentNode.namespaceURI === NS.bt &&
      el.namespaceURI !== NS.bt
    ) {
      problems.push(
        `an <Override> inside <bt:${el.parentNode.localName} id="${el.parentNode.getAttribute("id")}"> must be <bt:Override>`,
      );
    }
  }

  // URLs: one origin, each pointing at a file the build emits.
  const urls = [];
  for (const el of allElements) {
    for (const attr of ["DefaultValue", "Value"]) {
      const v = el.getAttribute(attr);
      if (v && /^https?:\/\//.test(v)) urls.push({ el, url: v });
    }
  }
  const origins = new Set(urls.map(({ url }) => new URL(url).origin));
  if (origins.size > 1) problems.push(`URLs use more than one origin: ${[...origins].join(", ")}`);
  const emitted = emittedFiles(rootDir);
  for (const { url } of urls) {
    const file = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""));
    if (!emitted.has(file)) problems.push(`URL ${url} points at "${file}", which the build does not emit`);
  }

  // Icons: declared sizes match the PNG files.
  const checkIcon = (url, size, where) => {
    const file = path.join(rootDir, new URL(url).pathname.replace(/^\//, ""));
    if (!file.includes(`${path.sep}assets${path.sep}`) || !fs.existsSync(file))
      return problems.push(`${where}: icon ${url} is not a file in assets/`);
    const dims = pngSize(file);
    if (!dims || dims.width !== size || dims.height !== size)
      problems.push(
        `${where}: ${url} must be a ${size}×${size} PNG, found ${dims ? `${dims.width}×${dims.height}` : "no PNG"}`,
      );
  };
  const iconUrl = topEl("IconUrl");
  if (iconUrl) checkIcon(iconUrl.getAttribute("DefaultValue"), 32, "<IconUrl>");
  const hiRes = topEl("HighResolutionIconUrl");
  if (hiRes) checkIcon(hiRes.getAttribute("DefaultValue"), 64, "<HighResolutionIconUrl>");
  for (const img of allElements.filter(
    (e) => e.localName === "Image" && e.namespaceURI === NS.bt && e.getAttribute("size"),
  )) {
    const res = resources.get(img.getAttribute("resid"));
    if (res)
      checkIcon(
        res.getAttribute("DefaultValue"),
        Number(img.getAttribute("size")),
        `<bt:Image size="${img.getAttribute("size")}">`,
      );
  }

  // Shared runtime + custom functions wiring.
  const byType = (type) =>
    allElements.filter((e) => e.localName === "ExtensionPoint" && e.getAttributeNS(NS.xsi, "type") === type);
  const cf = byType("CustomFunctions")[0];
  const runtime = allElements.find((e) => e.localName === "Runtime");
  if (!runtime || runtime.getAttribute("lifetime") !== "long")
    problems.push('a shared runtime needs <Runtime lifetime="long">');
  if (!cf) problems.push("no CustomFunctions extension point");
  else {
    const find = (name) => allElements.find((e) => e.localName === name && isInside(e, cf));
    const ns = find("Namespace");
    const nsRes = ns && resources.get(ns.getAttribute("resid"));
    if (!nsRes || nsRes.getAttribute("DefaultValue") !== "KPI")
      problems.push('the custom functions namespace must be "KPI"');
    const page = find("Page");
    const pageLoc = page && childElements(page)[0];
    if (runtime && pageLoc && pageLoc.getAttribute("resid") !== runtime.getAttribute("resid"))
      problems.push("the custom functions page must be the shared runtime page");
    // The default (ja-JP) metadata is the Japanese file; English names come from an en-US override.
    const meta = find("Metadata");
    const metaRes =
      meta && resources.get(childElements(meta)[0] && childElements(meta)[0].getAttribute("resid"));
    if (metaRes && !/\/functions-ja\.json$/.test(metaRes.getAttribute("DefaultValue") || ""))
      problems.push(
        "the functions metadata URL's DefaultValue (the ja-JP default) must point at functions-ja.json",
      );
    const en =
      metaRes &&
      childElements(metaRes).find((o) => o.localName === "Override" && o.getAttribute("Locale") === "en-US");
    if (!en || en.namespaceURI !== NS.bt)
      problems.push(
        'the functions metadata URL needs a <bt:Override Locale="en-US"> pointing at functions.json',
      );
    else if (!/\/functions\.json$/.test(en.getAttribute("Value") || ""))
      problems.push("the en-US metadata override must point at functions.json");
  }
  if (byType("PrimaryCommandSurface").length === 0)
    problems.push("no ribbon button (PrimaryCommandSurface) opens the task pane");
  const sets = allElements.filter((e) => e.localName === "Set").map((e) => e.getAttribute("Name"));
  if (!sets.includes("SharedRuntime")) problems.push("<Requirements> must name the SharedRuntime set");
  return problems;
}

function isInside(node, ancestor) {
  for (let n = node; n; n = n.parentNode) if (n === ancestor) return true;
  return false;
}

/**
 * The built functions metadata the manifest points at (dist/functions.json and dist/functions-ja.json): Excel's
 * naming rules for every id and name, and the top-level options (see functions-metadata.js).
 */
function validateMetadata(files) {
  const problems = [];
  for (const [file, metadata] of Object.entries(files)) {
    problems.push(...namingProblems(metadata, file));
    for (const [option, value] of Object.entries(METADATA_OPTIONS))
      if (metadata[option] !== value) problems.push(`${file}: "${option}" must be ${value}`);
  }
  return problems;
}

module.exports = { validateManifest, validateMetadata, emittedFiles };

if (require.main === module) {
  const file = process.argv[2] || "manifest.xml";
  const rootDir = path.resolve(__dirname, "..");
  const problems = validateManifest(fs.readFileSync(file, "utf8"), { rootDir });
  const built = ["functions.json", "functions-ja.json"].map((name) => path.join(rootDir, "dist", name));
  if (built.every((f) => fs.existsSync(f)))
    problems.push(
      ...validateMetadata(
        Object.fromEntries(
          built.map((f) => [`dist/${path.basename(f)}`, JSON.parse(fs.readFileSync(f, "utf8"))]),
        ),
      ),
    );
  else console.log("dist/ has no functions metadata yet: run npm run build to check function names too");
  if (problems.length) {
    for (const p of problems) console.error(`${file}: ${p}`);
    process.exit(1);
  }
  console.log(`${file}: valid (offline checks)`);
}
