/**
 * The reading's custom XML part through Office.js (ExcelApi 1.5): found by its namespace
 * (`customXmlParts.getByNamespace`), read with `getXml`, replaced with `setXml`, added with `add`,
 * removed with `delete`. Each is one `Excel.run`: one sync to find the part, one to read or write it
 * (a part's XML cannot be asked for before the part is known to exist).
 */
import { LAYOUT_NAMESPACE } from "../../core";
import { layoutJsonOf, layoutXml } from "../layoutXml";
import type { XContext, XCustomXmlPart } from "./excelApi";

async function layoutParts(context: XContext): Promise<XCustomXmlPart[]> {
  const parts = context.workbook.customXmlParts.getByNamespace(LAYOUT_NAMESPACE);
  parts.load("items");
  await context.sync();
  return parts.items;
}

export async function readLayoutPart(context: XContext): Promise<string | null> {
  const [part] = await layoutParts(context);
  if (part === undefined) return null;
  const xml = part.getXml();
  await context.sync();
  return layoutJsonOf(xml.value);
}

/** The reading written in the first part of its namespace (others deleted), or in a new part. */
export async function writeLayoutPart(context: XContext, json: string): Promise<void> {
  const [part, ...extra] = await layoutParts(context);
  if (part === undefined) context.workbook.customXmlParts.add(layoutXml(json));
  else part.setXml(layoutXml(json));
  for (const other of extra) other.delete();
  await context.sync();
}

export async function deleteLayoutPart(context: XContext): Promise<void> {
  const parts = await layoutParts(context);
  if (parts.length === 0) return;
  for (const part of parts) part.delete();
  await context.sync();
}
