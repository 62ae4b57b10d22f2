export { message, isMessageCode } from "./message";
export { CATALOGS, MESSAGES, type MessageCode } from "./catalog";
export type { Catalog, CatalogEntry, Lang, MessageParams } from "./types";
