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
}

export interface Figure {
  ids: string[];
  /** Exact figures (sizes, counts, growth factors) belong to CI; wall-clock times do not. */
  budget: boolean;
  run(): Promise<FigureResult[]>;
}
