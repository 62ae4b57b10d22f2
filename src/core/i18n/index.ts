export { message, isMessageCode } from "./message";
export { CATALOGS, MESSAGES, type MessageCode } from "./catalog";
export type { Catalog, CatalogEntry, Lang, MessageParams } from "./types";
export { CodedError } from "./codedError";
export type { UiMessageKey } from "./catalog/ui";
export type { CliMessageCode } from "./catalog/cli";
export type { WorkbookMessageCode } from "./catalog/workbook";
