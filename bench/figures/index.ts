import type { Figure } from "../figure";
import { bundleFigure } from "./bundle";

/** Every figure the benchmark measures, in the order the table prints them. */
export const figures: Figure[] = [bundleFigure];
