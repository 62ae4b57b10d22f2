/**
 * The reading saved in the workbook as a custom XML part, through the port: the Office adapter over the
 * fake Excel (customXmlParts, ExcelApi 1.5, with its documented behaviour) and the .xlsx adapter.
 */
import { LAYOUT_NAMESPACE } from "../../src/core";
import { FakeExcel, FakeRichApiError } from "../../src/workbook/fakeExcel";
import { OfficeWorkbook } from "../../src/workbook/office/officeWorkbook";
import { readLayoutPart } from "../../src/workbook/xlsx/customXml";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { layoutXml } from "../../src/workbook/layoutXml";
import { SUMMARY_LAYOUT } from "../support/layoutTables";

const JSON_TEXT = JSON.stringify(SUMMARY_LAYOUT);

describe("the Office adapter over the fake Excel", () => {
  test("save, load, replace and remove the reading, two syncs each; a reload sees what was saved", async () => {
    const excel = new FakeExcel();
    excel.state.addSheet("指標総括表");
    const other = { id: "{OTHER}", xml: '<?xml version="1.0"?><data xmlns="urn:other">x &lt; y</data>' };
    excel.state.customXmlParts.push(other);
    const port = new OfficeWorkbook(excel.portOptions());
    expect(await port.loadLayout()).toBeNull();
    excel.resetCounters();
    await port.saveLayout(JSON_TEXT);
    expect(excel.syncCount).toBe(2);
    excel.resetCounters();
    expect(await port.loadLayout()).toBe(JSON_TEXT);
    expect(excel.syncCount).toBe(2);
    const changed = JSON.stringify({ ...SUMMARY_LAYOUT, tables: [] });
    await port.saveLayout(changed);
    expect(excel.state.customXmlParts).toHaveLength(2);
    expect(await new OfficeWorkbook(excel.portOptions()).loadLayout()).toBe(changed);
    await port.removeLayout();
    expect(await port.loadLayout()).toBeNull();
    expect(excel.state.customXmlParts).toEqual([other]);
  });

  test("the fake keeps Excel's rules: items and getXml's value only after a sync, XML must have a root", async () => {
    const excel = new FakeExcel();
    await excel.run(async (context) => {
      const parts = context.workbook.customXmlParts;
      parts.add(layoutXml("{}"));
      const scoped = parts.getByNamespace(LAYOUT_NAMESPACE);
      scoped.load("items");
      expect(() => scoped.items).toThrow(FakeRichApiError);
      await context.sync();
      const xml = scoped.items[0].getXml();
      expect(() => xml.value).toThrow(/context.sync/);
      await context.sync();
      expect(xml.value).toBe(layoutXml("{}"));
      parts.add("not xml");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
  });
});

test("the .xlsx adapter keeps the reading ExcelJS does not know, and writes it into the file it saves", async () => {
  const created = XlsxWorkbook.create(["指標総括表"]);
  expect(await created.loadLayout()).toBeNull();
  await created.saveLayout(JSON_TEXT);
  const bytes = await created.toBuffer();
  expect(readLayoutPart(bytes)).toBe(JSON_TEXT);
  const reopened = await XlsxWorkbook.fromBuffer(bytes);
  expect(await reopened.loadLayout()).toBe(JSON_TEXT);
  await reopened.removeLayout();
  expect(readLayoutPart(await reopened.toBuffer())).toBeNull();
});
