/** The fake `ChartCollection` and `Chart`: chart records on the sheet (type, source, title, position). */
import { rangeToA1 } from "../../core/grid";
import type { XChart, XChartCollection, XRange } from "../office/excelApi";
import { recordingBag } from "./bag";
import { FakeClientObject, FakeRichApiError } from "./clientObject";
import { FakeRange, type RangeEnvironment } from "./range";
import type { FakeChartRecord, FakeSheet } from "./state";

interface ChartTarget {
  sheet: FakeSheet;
  chart: FakeChartRecord;
}

export class FakeChart extends FakeClientObject<ChartTarget> implements XChart {
  readonly title: XChart["title"];

  constructor(
    private readonly env: RangeEnvironment,
    locate: () => ChartTarget | null,
    nullable = false,
  ) {
    super(env.queue, locate, nullable);
    this.title = recordingBag(env.queue, "title", (path, value) => this.set(path, value)) as XChart["title"];
  }

  private set(path: string, value: unknown): void {
    const { sheet, chart } = this.target();
    chart.props[path] = value;
    this.env.queue.record(sheet.name, chart.source, `chart.${path}`, value);
  }

  protected read({ chart }: ChartTarget, property: string): unknown {
    if (property === "name") return chart.name;
    if (property === "id") return chart.id;
    throw new FakeRichApiError("InvalidArgument", `The fake Chart has no property '${property}'.`);
  }

  get name(): string {
    return this.loadedValue("name");
  }
  set name(name: string) {
    this.change(name, ({ chart }) => (chart.name = name));
  }

  setPosition(startCell: string, endCell?: string): void {
    this.change(startCell, () =>
      this.set("setPosition()", endCell === undefined ? startCell : [startCell, endCell]),
    );
  }

  delete(): void {
    this.change(null, ({ sheet, chart }) => {
      sheet.charts.splice(sheet.charts.indexOf(chart), 1);
      this.env.queue.record(sheet.name, chart.source, "chart.delete()", chart.name);
    });
  }
}

export class FakeCharts implements XChartCollection {
  constructor(
    private readonly env: RangeEnvironment,
    private readonly sheet: () => FakeSheet,
  ) {}

  add(type: string, sourceData: XRange, seriesBy = "Auto"): FakeChart {
    if (!(sourceData instanceof FakeRange))
      throw new FakeRichApiError("InvalidArgument", "The fake chart's source must be a fake range.");
    let created: ChartTarget | null = null;
    this.env.queue.enqueue(() => {
      const sheet = this.sheet();
      const { area } = sourceData.resolve();
      const id = this.env.state.newId();
      const chart: FakeChartRecord = {
        id,
        name: `Chart ${id.replace(/\D/g, "")}`,
        type,
        source: rangeToA1(area),
        seriesBy,
        props: {},
      };
      sheet.charts.push(chart);
      created = { sheet, chart };
      this.env.queue.record(sheet.name, chart.source, "charts.add()", { type, seriesBy });
      return 0;
    }, 100);
    return new FakeChart(this.env, () => created);
  }

  getItem(name: string): FakeChart {
    return new FakeChart(this.env, () => this.find(name));
  }

  /** ExcelApi 1.4: a null object when no chart has that name (e.g. the user deleted or renamed it). */
  getItemOrNullObject(name: string): FakeChart {
    return new FakeChart(this.env, () => this.find(name), true);
  }

  private find(name: string): ChartTarget | null {
    const sheet = this.sheet();
    const chart = sheet.charts.find((c) => c.name === name);
    return chart ? { sheet, chart } : null;
  }
}
