/** Formula text shared by both adapters: quoted sheet names, absolute addresses, text literals. */

/** `'Sheet name'`, with embedded quotes doubled. */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** "A1:B2" → "$A$1:$B$2". */
export function absoluteAddress(address: string): string {
  return address.replace(/\$/g, "").replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}

/** `'Sheet'!$A$1:$B$2`: what a defined name refers to. */
export function sheetReference(sheet: string, address: string): string {
  return `${quoteSheet(sheet)}!${absoluteAddress(address)}`;
}

/** `"達成"`: a text literal inside a formula, with embedded quotes doubled. */
export function textLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
