/**
 * The fake `workbook.customXmlParts` (ExcelApi 1.5). Excel's documented behaviour the fake keeps:
 * - `add(xml)`: "XML content. Must be a valid XML fragment" — text without a root element fails the sync
 *   (learn.microsoft.com/javascript/api/excel/excel.customxmlpartcollection#excel-excel-customxmlpartcollection-add-member(1));
 * - `getByNamespace(uri)`: "Gets a new scoped collection of custom XML parts whose namespaces match the
 *   given namespace" — the namespace of the part's root element, matched exactly (same page);
 * - a collection's `items` can be read only after `load` and `context.sync()` (PropertyNotLoaded before,
 *   as for every Office.js proxy: learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model);
 * - `getXml()` returns a `ClientResult` whose `value` is available only after the next `context.sync()`
 *   (learn.microsoft.com/javascript/api/office/officeextension.clientresult);
 * - `setXml` replaces the whole part, `delete` removes it; both take effect at the sync
 *   (excel.customxmlpart#excel-excel-customxmlpart-setxml-member(1), #delete-member(1));
 * - a part's id is a GUID in braces (`{7C3B2A9E-…}`), as Excel gives them.
 * Parts live in the workbook state, so a "reloaded" pane (a new `run`) sees what was saved.
 */
import type {
  XCustomXmlPart,
  XCustomXmlPartCollection,
  XCustomXmlPartScopedCollection,
} from "../office/excelApi";
import { rootNamespace } from "../layoutXml";
import { FakeRichApiError, type FakeQueue } from "./clientObject";

export interface FakeCustomXmlPart {
  readonly id: string;
  xml: string;
}

let partCount = 0;

function newId(): string {
  partCount += 1;
  const hex = partCount.toString(16).toUpperCase().padStart(12, "0");
  return `{00000000-0000-4000-8000-${hex}}`;
}

/** The value of a `ClientResult`: readable only once the sync that fills it has run. */
class FakeClientResult {
  private filled = false;
  private result = "";
  set(value: string): void {
    this.result = value;
    this.filled = true;
  }
  get value(): string {
    if (!this.filled)
      throw new FakeRichApiError(
        "PropertyNotLoaded",
        "The value of the result object has not been loaded yet. Call context.sync() first.",
      );
    return this.result;
  }
}

class FakePart implements XCustomXmlPart {
  constructor(
    private readonly queue: FakeQueue,
    private readonly parts: FakeCustomXmlPart[],
    private readonly locate: () => FakeCustomXmlPart | null,
  ) {}

  private target(): FakeCustomXmlPart {
    const part = this.locate();
    if (part === null || !this.parts.includes(part))
      throw new FakeRichApiError("ItemNotFound", "The requested resource doesn't exist.");
    return part;
  }

  getXml(): FakeClientResult {
    const result = new FakeClientResult();
    this.queue.enqueue(() => {
      const { xml } = this.target();
      result.set(xml);
      return xml.length;
    }, 100);
    return result;
  }

  setXml(xml: string): void {
    this.queue.enqueue(() => {
      const part = this.target();
      if (!isXmlFragment(xml)) throw invalidXml();
      part.xml = xml;
      this.queue.record("", "", "customXmlParts.setXml()", part.id);
      return 0;
    }, xml.length + 100);
  }

  delete(): void {
    this.queue.enqueue(() => {
      const part = this.target();
      this.parts.splice(this.parts.indexOf(part), 1);
      this.queue.record("", "", "customXmlParts.delete()", part.id);
      return 0;
    }, 100);
  }
}

/** Has a root element after any prolog (the fake does not parse further). */
function isXmlFragment(xml: string): boolean {
  return /^\s*(?:<\?[\s\S]*?\?>\s*)?<[A-Za-z_]/.test(xml);
}

function invalidXml(): FakeRichApiError {
  return new FakeRichApiError("InvalidArgument", "The XML is not a valid XML fragment.");
}

class FakeScoped implements XCustomXmlPartScopedCollection {
  private loaded: XCustomXmlPart[] | null = null;

  constructor(
    private readonly queue: FakeQueue,
    private readonly parts: FakeCustomXmlPart[],
    private readonly namespaceUri: string,
  ) {}

  load(): this {
    this.queue.enqueue(() => {
      const matching = this.parts.filter((p) => rootNamespace(p.xml) === this.namespaceUri);
      this.loaded = matching.map((p) => new FakePart(this.queue, this.parts, () => p));
      return matching.reduce((n, p) => n + p.id.length + 50, 0);
    }, 0);
    return this;
  }

  get items(): XCustomXmlPart[] {
    if (this.loaded === null)
      throw new FakeRichApiError(
        "PropertyNotLoaded",
        "The property 'items' is not available. Load it and sync.",
      );
    return this.loaded;
  }
}

export function fakeCustomXmlParts(queue: FakeQueue, parts: FakeCustomXmlPart[]): XCustomXmlPartCollection {
  return {
    add(xml: string) {
      let added: FakeCustomXmlPart | null = null;
      queue.enqueue(() => {
        if (!isXmlFragment(xml)) throw invalidXml();
        added = { id: newId(), xml };
        parts.push(added);
        queue.record("", "", "customXmlParts.add()", added.id);
        return 0;
      }, xml.length + 100);
      return new FakePart(queue, parts, () => added);
    },
    getByNamespace(namespaceUri: string) {
      return new FakeScoped(queue, parts, namespaceUri);
    },
  };
}
