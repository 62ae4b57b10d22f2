import type { Figure } from "../figure";
import { bundleFigure } from "./bundle";
import { checkFigure } from "./check";
import { cliFigure } from "./cli";
import { cliLargeFigure } from "./cliLarge";
import { mergeFigure } from "./merge";
import { officeFigure } from "./office";
import { parseFigure } from "./parse";
import { rateFigure } from "./rate";
import { summaryFigure } from "./summary";
import { taskpaneFigure } from "./taskpane";

/** Every figure the benchmark measures, in the order the table prints them. */
export const figures: Figure[] = [
  parseFigure,
  rateFigure,
  summaryFigure,
  checkFigure,
  officeFigure,
  cliFigure,
  cliLargeFigure,
  mergeFigure,
  taskpaneFigure,
  bundleFigure,
];
