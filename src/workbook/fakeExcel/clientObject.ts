/**
 * Office.js's proxy semantics, faked: setting a property or calling a method queues an operation;
 * `load` queues a read; nothing happens until `context.sync()`, and reading a property that was not
 * loaded (and synced) throws, as in Excel. Objects locate their target lazily, at sync time.
 */
import { estimateBytes } from "../office/chunking";

export class FakeRichApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

/** An operation queued for the next sync; returns the response bytes it produced. */
export type QueuedOp = () => number;

/** What a client object needs from its request context. */
export interface FakeQueue {
  enqueue(op: QueuedOp, requestBytes: number): void;
  /** Records a property set or method call for the test log. */
  record(sheet: string, address: string, property: string, value: unknown): void;
  tracked(): void;
  untracked(): void;
}

export abstract class FakeClientObject<T> {
  private readonly loaded = new Map<string, unknown>();
  private resolvedNull: boolean | undefined;

  protected constructor(
    protected readonly queue: FakeQueue,
    protected readonly locate: () => T | null,
    private readonly nullable: boolean,
  ) {}

  /** The target at sync time; a missing target of a non-`OrNullObject` proxy fails the sync. */
  protected target(): T {
    const target = this.locate();
    if (target === null) throw new FakeRichApiError("ItemNotFound", "The requested resource doesn't exist.");
    return target;
  }

  protected abstract read(target: T, property: string): unknown;

  load(propertyNames: string): this {
    const names = propertyNames.split(",").map((name) => name.trim());
    this.queue.enqueue(() => {
      const target = this.nullable ? this.locate() : this.target();
      this.resolvedNull = target === null;
      if (target === null) return 0;
      let bytes = 0;
      for (const name of names) {
        const value = this.read(target, name);
        this.loaded.set(name, value);
        bytes += estimateBytes(value);
      }
      return bytes;
    }, 0);
    return this;
  }

  get isNullObject(): boolean {
    if (this.resolvedNull === undefined)
      throw new FakeRichApiError("PropertyNotLoaded", "isNullObject was not loaded and synced.");
    return this.resolvedNull;
  }

  protected loadedValue<V>(property: string): V {
    if (this.resolvedNull)
      throw new FakeRichApiError("InvalidObjectPath", `${property}: the object is a null object.`);
    if (!this.loaded.has(property)) {
      throw new FakeRichApiError(
        "PropertyNotLoaded",
        `The property '${property}' is not available. Load it and call context.sync().`,
      );
    }
    return this.loaded.get(property) as V;
  }

  /** Queues a change of the target, with the request size of its payload. */
  protected change(payload: unknown, apply: (target: T) => void): void {
    this.queue.enqueue(
      () => {
        apply(this.target());
        return 0;
      },
      estimateBytes(payload) + 100,
    );
  }

  /** Marks properties as loaded, as Excel does for the items of a loaded collection. */
  preload(values: Record<string, unknown>): this {
    this.resolvedNull = false;
    for (const [name, value] of Object.entries(values)) this.loaded.set(name, value);
    return this;
  }

  track(): this {
    this.queue.tracked();
    return this;
  }

  untrack(): this {
    this.queue.untracked();
    return this;
  }
}
