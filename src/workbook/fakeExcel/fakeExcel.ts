/**
 * A fake Excel host for tests, the preview page and the benchmark: `run` hands out request contexts
 * over one in-memory workbook, counts `context.sync()` calls, records every property set, optionally
 * waits a simulated round trip per sync, and enforces Excel on the web's limits (payload bytes per
 * request/response, cells per range read). Browser-safe: no Node APIs.
 */
import { EXCEL_WEB_LIMITS, type ChunkBudget } from "../office/chunking";
import type { ExcelRunner, RequirementCheck, SettingsStore, XContext, XWorkbook } from "../office/excelApi";
import { FakeRichApiError, type FakeQueue, type QueuedOp } from "./clientObject";
import { FakeWorkbookState } from "./state";
import { fakeWorkbook } from "./worksheet";

export interface FakeExcelOptions {
  /** Simulated round trip per sync, in milliseconds (the benchmark uses 20). */
  latencyMs?: number;
  /** Limits to enforce; Excel on the web's by default, `null` for none (desktop). */
  limits?: ChunkBudget | null;
  /** Highest ExcelApi requirement set the fake host claims ("1.20" by default). */
  apiVersion?: string;
}

/** One property set or method call, as applied at a sync. */
export interface FakePropertySet {
  sync: number;
  sheet: string;
  address: string;
  property: string;
  value: unknown;
}

export interface FakeSyncStats {
  operations: number;
  requestBytes: number;
  responseBytes: number;
}

const SETTINGS_LIMIT_BYTES = 2 * 1024 * 1024;

/** Document settings: `get`/`set` work in memory, `save` persists (what survives a reload). */
export class FakeSettings implements SettingsStore {
  private readonly values: Map<string, unknown>;
  saved: Record<string, unknown>;
  saveCount = 0;
  refusedCount = 0;

  constructor(saved: Record<string, unknown> = {}) {
    this.saved = saved;
    this.values = new Map(Object.entries(JSON.parse(JSON.stringify(saved)) as Record<string, unknown>));
  }

  get(name: string): unknown {
    return this.values.get(name);
  }
  set(name: string, value: unknown): void {
    this.values.set(name, value);
  }
  remove(name: string): void {
    this.values.delete(name);
  }
  /**
   * `saveAsync`: refused when all settings together exceed 2 MB ("Settings are limited to 2 MB",
   * learn.microsoft.com/javascript/api/office/office.settings; the fake counts UTF-8 bytes of their JSON).
   * As in Office, a refused save leaves the values set in memory: only `set`/`remove` change them.
   */
  async save(): Promise<void> {
    const json = JSON.stringify(Object.fromEntries(this.values));
    if (new TextEncoder().encode(json).length > SETTINGS_LIMIT_BYTES) {
      this.refusedCount += 1;
      throw new Error("The settings exceed the 2 MB a document may hold.");
    }
    this.saved = JSON.parse(json) as Record<string, unknown>;
    this.saveCount += 1;
  }
  /** The settings a reloaded task pane would see. */
  reloaded(): FakeSettings {
    return new FakeSettings(this.saved);
  }
}

function compareVersions(a: string, b: string): number {
  const [aMajor, aMinor = 0] = a.split(".").map(Number);
  const [bMajor, bMinor = 0] = b.split(".").map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

class FakeRequestContext implements XContext, FakeQueue {
  readonly workbook: XWorkbook;
  private ops: { op: QueuedOp; requestBytes: number }[] = [];

  constructor(private readonly host: FakeExcel) {
    this.workbook = fakeWorkbook({
      queue: this,
      state: host.state,
      maxCellsPerRead: host.limits?.maxCellsPerRange ?? Infinity,
    });
  }

  enqueue(op: QueuedOp, requestBytes: number): void {
    this.ops.push({ op, requestBytes });
  }

  record(sheet: string, address: string, property: string, value: unknown): void {
    this.host.log.push({ sync: this.host.syncCount, sheet, address, property, value });
  }

  tracked(): void {
    this.host.trackCount += 1;
  }

  untracked(): void {
    this.host.untrackCount += 1;
  }

  async sync(): Promise<void> {
    const ops = this.ops;
    this.ops = [];
    this.host.syncCount += 1;
    if (this.host.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.host.latencyMs));
    const limit = this.host.limits?.maxBytesPerSync ?? Infinity;
    const requestBytes = ops.reduce((sum, { requestBytes: bytes }) => sum + bytes, 0);
    const stats: FakeSyncStats = { operations: ops.length, requestBytes, responseBytes: 0 };
    this.host.syncs.push(stats);
    if (requestBytes > limit)
      throw new FakeRichApiError("RequestPayloadSizeLimitExceeded", `Request of ${requestBytes} bytes.`);
    try {
      for (const { op } of ops) stats.responseBytes += op();
    } finally {
      this.host.state.calculationSuspended = false;
    }
    if (stats.responseBytes > limit) {
      throw new FakeRichApiError(
        "ResponsePayloadSizeLimitExceeded",
        `Response of ${stats.responseBytes} bytes.`,
      );
    }
  }
}

export class FakeExcel {
  readonly state = new FakeWorkbookState();
  readonly log: FakePropertySet[] = [];
  readonly syncs: FakeSyncStats[] = [];
  readonly latencyMs: number;
  readonly limits: ChunkBudget | null;
  readonly apiVersion: string;
  settings = new FakeSettings();
  syncCount = 0;
  /** `track()` / `untrack()` calls (Excel.run tracks its own objects; these count explicit calls). */
  trackCount = 0;
  untrackCount = 0;

  constructor(options: FakeExcelOptions = {}) {
    this.latencyMs = options.latencyMs ?? 0;
    this.limits = options.limits === undefined ? EXCEL_WEB_LIMITS : options.limits;
    this.apiVersion = options.apiVersion ?? "1.20";
  }

  readonly run: ExcelRunner = (batch) => batch(new FakeRequestContext(this));

  readonly requirements: RequirementCheck = (setName, minVersion) =>
    setName === "ExcelApi" && compareVersions(minVersion, this.apiVersion) <= 0;

  /** What `new OfficeWorkbook(...)` needs to run over this fake. */
  portOptions(): { run: ExcelRunner; settings: SettingsStore; requirements: RequirementCheck } {
    return { run: this.run, settings: this.settings, requirements: this.requirements };
  }

  /** Forgets the counters and the log (e.g. after loading the workbook). */
  resetCounters(): void {
    this.syncCount = 0;
    this.trackCount = 0;
    this.untrackCount = 0;
    this.log.length = 0;
    this.syncs.length = 0;
  }
}
