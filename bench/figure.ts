/** One benchmark figure: what it measures, its goal, and whether CI enforces it as an exact budget. */
export interface FigureResult {
  id: string;
  what: string;
  goal: string;
  /** The headline number (median where timed). */
  value: number;
  unit: string;
  min?: number;
  max?: number;
  /** Extra numbers worth printing (other sizes, both sides of a ratio). */
  detail?: string;
  /** true when the goal is met; null when the goal is "report the number". */
  met: boolean | null;
  /**
   * A wall-clock time of a figure CI runs for its exact budgets: printed against its goal, never a CI
   * failure (check.10k_ms of comparable code measured 567 ms and 1,521 ms on two days of the shared 2-core
   * machines this project runs on: a timed gate there fails on the host, not on the code).
   */
  wallClock?: true;
}

export interface Figure {
  ids: string[];
  /** Exact figures (sizes, counts, growth factors) belong to CI; wall-clock times do not. */
  budget: boolean;
  run(): Promise<FigureResult[]>;
}
