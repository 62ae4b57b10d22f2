/**
 * Messages between the task pane and the check worker. One check at a time per worker; a cancelled
 * check terminates the worker (the engine is synchronous between progress steps), so no cancel message.
 */
import type { CheckProgress } from "./runCheck";
import type { CheckRequest } from "./engine";
import type { CheckReport } from "./report";

export interface CheckMessage {
  type: "check";
  id: number;
  request: CheckRequest;
}

export type WorkerReply =
  | { type: "progress"; id: number; progress: CheckProgress }
  | { type: "done"; id: number; report: CheckReport }
  | { type: "failed"; id: number; message: string };
