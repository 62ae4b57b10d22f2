/** The fake `Worksheet`, `WorksheetCollection` and `Workbook`. */
import { fakeCustomXmlParts } from "./customXml";
import type { XNamedItemCollection, XWorkbook, XWorksheet } from "../office/excelApi";
import { FakeClientObject, FakeRichApiError } from "./clientObject";
import { FakeCharts } from "./charts";
import { FakeFreezePanes, FakePageLayout } from "./layout";
import { fakeNames } from "./names";
import { FakeRange, type RangeEnvironment } from "./range";
import { parseFakeAddress, type FakeSheet } from "./state";

export class FakeWorksheet extends FakeClientObject<FakeSheet> implements XWorksheet {
  readonly charts: FakeCharts;
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: FakePageLayout;
  readonly names: XNamedItemCollection;

  constructor(
    private readonly env: RangeEnvironment,
    locate: () => FakeSheet | null,
    nullable: boolean,
  ) {
    super(env.queue, locate, nullable);
    this.charts = new FakeCharts(env, () => this.target());
    this.freezePanes = new FakeFreezePanes(env, () => this.target());
    this.pageLayout = new FakePageLayout(env, () => this.target());
    this.names = fakeNames(env.queue, env.state, () => this.target().name);
  }

  protected read(sheet: FakeSheet, property: string): unknown {
    if (property !== "name")
      throw new FakeRichApiError("InvalidArgument", `The fake Worksheet has no property '${property}'.`);
    return sheet.name;
  }

  get name(): string {
    return this.loadedValue("name");
  }

  getRange(address?: string): FakeRange {
    const area = parseFakeAddress(address);
    if (area === null) throw new FakeRichApiError("InvalidArgument", `Bad address '${address}'.`);
    return new FakeRange(
      this.env,
      () => {
        const sheet = this.target();
        return { sheet, area };
      },
      false,
    );
  }

  getUsedRangeOrNullObject(): FakeRange {
    return new FakeRange(
      this.env,
      () => {
        const sheet = this.target();
        const area = sheet.usedRange();
        return area === null ? null : { sheet, area };
      },
      true,
    );
  }

  activate(): void {
    this.change(null, (sheet) => {
      this.env.state.activeSheet = sheet.name;
    });
  }

  delete(): void {
    this.change(null, (sheet) => {
      this.env.state.deleteSheet(sheet.name);
      this.env.queue.record(sheet.name, "", "delete()", null);
    });
  }
}

class FakeWorksheets {
  private names: string[] | null = null;

  constructor(private readonly env: RangeEnvironment) {}

  private sheet(locate: () => FakeSheet | null, nullable: boolean): FakeWorksheet {
    return new FakeWorksheet(this.env, locate, nullable);
  }

  load(propertyNames: string): this {
    if (propertyNames.replace(/\s/g, "") !== "items/name") {
      throw new FakeRichApiError("InvalidArgument", `The fake WorksheetCollection loads only "items/name".`);
    }
    this.env.queue.enqueue(() => {
      this.names = this.env.state.sheets.map((sheet) => sheet.name);
      return JSON.stringify(this.names).length;
    }, 0);
    return this;
  }

  get items(): FakeWorksheet[] {
    if (this.names === null)
      throw new FakeRichApiError("PropertyNotLoaded", "items was not loaded and synced.");
    return this.names.map((name) => this.sheet(() => this.env.state.sheet(name), false).preload({ name }));
  }

  getItem(name: string): FakeWorksheet {
    return this.sheet(() => this.env.state.sheet(name), false);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return this.sheet(() => this.env.state.sheet(name), true);
  }

  getActiveWorksheet(): FakeWorksheet {
    return this.sheet(() => this.env.state.sheet(this.env.state.activeSheet ?? ""), false);
  }

  add(name: string): FakeWorksheet {
    this.env.queue.enqueue(() => {
      if (this.env.state.sheet(name))
        throw new FakeRichApiError("ItemAlreadyExists", `A sheet named '${name}' exists.`);
      this.env.state.addSheet(name);
      this.env.queue.record(name, "", "worksheets.add()", name);
      return 0;
    }, 100);
    return this.getItem(name);
  }
}

export function fakeWorkbook(env: RangeEnvironment): XWorkbook {
  const queueRecord = (property: string, value: unknown) =>
    env.queue.enqueue(() => {
      env.queue.record("", "", property, value);
      return 0;
    }, 100);
  return {
    worksheets: new FakeWorksheets(env),
    names: fakeNames(env.queue, env.state, () => null),
    customXmlParts: fakeCustomXmlParts(env.queue, env.state.customXmlParts),
    /**
     * "Gets the currently selected single range from the workbook" (learn.microsoft.com/javascript/api/excel/
     * excel.workbook#excel-excel-workbook-getselectedrange-member(1), ExcelApi 1.1), located at the sync:
     * the last `select()`, else A1 of the active sheet (a workbook always has a selection).
     */
    getSelectedRange: () =>
      new FakeRange(
        env,
        () => {
          const selection = env.state.selection ?? { sheet: env.state.activeSheet ?? "", address: "A1" };
          const sheet = env.state.sheet(selection.sheet);
          const area = parseFakeAddress(selection.address);
          return sheet === null || area === null ? null : { sheet, area };
        },
        false,
      ),
    /**
     * "Suspends calculation until the next context.sync() is called. Once set, it is the developer's
     * responsibility to re-calc the workbook, to ensure that any dependencies are propagated."
     * (learn.microsoft.com/javascript/api/excel/excel.application#suspendapicalculationuntilnextsync):
     * formulas written after it stay uncalculated until `calculate` (excel.application#calculate).
     */
    application: {
      suspendApiCalculationUntilNextSync: () => {
        queueRecord("application.suspendApiCalculationUntilNextSync()", null);
        env.queue.enqueue(() => {
          env.state.calculationSuspended = true;
          return 0;
        }, 0);
      },
      calculate: (calculationType: string) => {
        queueRecord("application.calculate()", calculationType);
        env.queue.enqueue(() => {
          env.state.recalculate();
          return 0;
        }, 0);
      },
    },
  };
}
