/**
 * A recording stand-in for Office.js's nested formatting objects (`format.fill`, `format.borders.getItem(i)`,
 * `freezePanes`, `pageLayout`, `conditionalFormat.cellValue`): every property set and method call is queued,
 * then handed to `sink` at sync as a path ("format.fill.color", "freezePanes.freezeRows()") and a value.
 * `getItem(key)` returns the nested object at "path[key]". Reading a property yields a nested bag.
 */
import type { FakeQueue } from "./clientObject";
import { estimateBytes } from "../office/chunking";

export type BagSink = (path: string, value: unknown) => void;

/**
 * With `read`, the bag also loads: `bag.load("columnWidth")` queues `read("columnWidth")` for the next sync,
 * after which `bag.columnWidth` is the value read.
 */
export function recordingBag(
  queue: FakeQueue,
  path: string,
  sink: BagSink,
  read?: (property: string) => unknown,
): object {
  const loaded = new Map<string, unknown>();
  const queueSink = (at: string, value: unknown) =>
    queue.enqueue(
      () => {
        sink(at, value);
        return 0;
      },
      estimateBytes(value) + 100,
    );
  const target = function bag() {};
  const proxy: object = new Proxy(target, {
    get(_, property) {
      if (typeof property !== "string") return undefined;
      if (property === "load" && read) {
        return (names: string) => {
          queue.enqueue(() => {
            let bytes = 0;
            for (const name of names.split(",").map((n) => n.trim())) {
              loaded.set(name, read(name));
              bytes += estimateBytes(loaded.get(name));
            }
            return bytes;
          }, 100);
          return proxy;
        };
      }
      if (loaded.has(property)) return loaded.get(property);
      return recordingBag(queue, path ? `${path}.${property}` : property, sink);
    },
    set(_, property, value: unknown) {
      queueSink(`${path}.${String(property)}`, value);
      return true;
    },
    apply(_, __, args: unknown[]) {
      if (path.endsWith(".getItem"))
        return recordingBag(queue, `${path.slice(0, -".getItem".length)}[${String(args[0])}]`, sink);
      queueSink(`${path}()`, args.length === 1 ? args[0] : args);
      return undefined;
    },
  });
  return proxy;
}
