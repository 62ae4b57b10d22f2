/**
 * Every area's catalog, merged. To add an area: create `catalog/<area>.ts` exporting
 * `const <area>Messages = { … } as const satisfies Catalog` and add it to `CATALOGS` below (one import,
 * one entry). Codes must be unique across catalogs (tested) and are namespaced by area.
 */
import type { CatalogEntry } from "../types";
import { cliMessages } from "./cli";
import { coreMessages } from "./core";
import { functionsMessages } from "./functions";
import { rulesMessages } from "./rules";
import { settingsMessages } from "./settings";
import { templateMessages } from "./templates";
import { uiMessages } from "./ui";
import { workbookMessages } from "./workbook";

export const CATALOGS = [
  cliMessages,
  coreMessages,
  functionsMessages,
  rulesMessages,
  settingsMessages,
  templateMessages,
  uiMessages,
  workbookMessages,
] as const;

/** Distributes `keyof` over the union of catalogs, so that the codes of every area are included. */
type CodesOf<T> = T extends unknown ? keyof T & string : never;

/** Every message code of every catalog. */
export type MessageCode = CodesOf<(typeof CATALOGS)[number]>;

export const MESSAGES: Readonly<Record<MessageCode, CatalogEntry>> = Object.assign({}, ...CATALOGS);
