/** `name`, or `name (2)`, `name (3)`… whichever is not taken: the pane never writes over a sheet by name. */
export function freeSheetName(name: string, taken: readonly string[]): string {
  if (!taken.includes(name)) return name;
  for (let n = 2; ; n++) if (!taken.includes(`${name} (${n})`)) return `${name} (${n})`;
}
