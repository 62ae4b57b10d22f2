/**
 * A `Checker` backed by a Web Worker; cancel terminates the worker and the next check starts a new one.
 * The first worker starts right after the pane's first render, so its script is loaded before the first check.
 */
import { abortError, type Checker } from "./checker";
import { packGrid, type CheckMessage, type WorkerReply } from "./protocol";
import type { PaneReport } from "./report";

export function createWorkerChecker(): Checker {
  let worker: Worker | null = null;
  let nextId = 1;
  const spawn = () => new Worker(new URL("./worker.ts", import.meta.url), { name: "check-worker" });
  setTimeout(() => (worker ??= spawn()), 0);

  return {
    check(request, onProgress, signal) {
      return new Promise((resolve, reject) => {
        if (signal.aborted) return reject(abortError());
        const current = (worker ??= spawn());
        const id = nextId++;
        const stop = () => {
          current.terminate();
          if (worker === current) worker = null;
          reject(abortError());
        };
        signal.addEventListener("abort", stop, { once: true });
        const finish = () => {
          signal.removeEventListener("abort", stop);
          current.removeEventListener("message", onMessage);
          current.removeEventListener("error", onError);
        };
        const onMessage = (event: MessageEvent<WorkerReply>) => {
          const reply = event.data;
          if (reply.id !== id) return;
          if (reply.type === "progress") return onProgress(reply.progress);
          finish();
          if (reply.type === "done") resolve(JSON.parse(reply.report) as PaneReport);
          else reject(new Error(reply.message));
        };
        const onError = (event: ErrorEvent) => {
          finish();
          reject(new Error(event.message));
        };
        current.addEventListener("message", onMessage);
        current.addEventListener("error", onError);
        const message: CheckMessage = {
          type: "check",
          id,
          request: { ...request, grids: request.grids.map(packGrid) },
        };
        current.postMessage(message);
      });
    },
  };
}
