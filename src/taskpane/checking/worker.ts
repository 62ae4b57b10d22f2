/// <reference lib="webworker" />
/** The check worker: runs the check off the task pane's UI thread and reports progress. */
import { unpackGrid, type CheckMessage, type WorkerReply } from "./protocol";
import { runCheck } from "./runCheck";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: WorkerReply) => scope.postMessage(message);

scope.onmessage = async (event: MessageEvent<CheckMessage>) => {
  const { id, request } = event.data;
  try {
    const report = await runCheck(
      { ...request, grids: request.grids.map(unpackGrid) },
      (progress) => reply({ type: "progress", id, progress }),
      async () => undefined,
    );
    reply({ type: "done", id, report: JSON.stringify(report) });
  } catch (error) {
    reply({ type: "failed", id, message: error instanceof Error ? error.message : String(error) });
  }
};
