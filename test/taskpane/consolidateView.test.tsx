/**
 * @jest-environment jsdom
 *
 * The 集約 view over a recording in-memory port: returned .xlsx files picked in the browser (read by the
 * xlsx adapter's browser reader), core's merge plan shown file by file, rows unticked or conflicts taken,
 * one batch applied and undone, and the check run afterwards.
 */
import { screen, within } from "@testing-library/react";
import ExcelJS from "exceljs";
import type { CellValue } from "../../src/core/grid";
import type { ChangeSet } from "../../src/workbook/port";
import { REPORT } from "./support/fixtures";
import { MemoryPort } from "./support/memoryPort";
import { button, renderApp } from "./support/renderApp";

const SHEET = "進捗管理表";
const HEAD: CellValue[] = ["No.", "指標名", "担当課", "", "R5", "R6"];

interface Spec {
  id: number;
  name: string;
  target: [number, number];
  actual: [CellValue, CellValue];
}

function rowsOf(specs: readonly Spec[]): CellValue[][] {
  return [
    HEAD,
    ...specs.flatMap((s): CellValue[][] => [
      [s.id, s.name, "産業振興課", "目標", ...s.target],
      [null, null, null, "実績", ...s.actual],
    ]),
  ];
}

const MASTER: Spec[] = [
  { id: 1, name: "相談件数", target: [100, 110], actual: [90, "集計中"] },
  { id: 2, name: "創業件数", target: [20, 20], actual: [18, null] },
  { id: 3, name: "来訪者数", target: [500, 600], actual: [450, null] },
];

async function xlsxFile(name: string, rows: CellValue[][]): Promise<File> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(SHEET);
  for (const row of rows) sheet.addRow(row);
  return new File([new Uint8Array(await book.xlsx.writeBuffer())], name);
}

/** The department's copy: R6 actuals filled, No.3's R6 target changed, an indicator the master lacks. */
function returnedRows(): CellValue[][] {
  return rowsOf([
    { ...MASTER[2], target: [500, 650], actual: [450, 480] },
    { ...MASTER[0], actual: [90, 120] },
    { ...MASTER[1], actual: [18, 1600] },
    { id: 4, name: "新しい指標", target: [10, 10], actual: [5, 6] },
  ]);
}

function masterPort() {
  return new MemoryPort({ [SHEET]: rowsOf(MASTER) });
}

async function openAndPick(files: File[]) {
  const port = masterPort();
  const utils = renderApp({ port });
  await utils.user.click(screen.getByRole("tab", { name: "集約" }));
  await utils.user.upload(await screen.findByLabelText("戻ってきたファイル（.xlsx）"), files);
  await screen.findAllByText(/^産業振興課: /);
  return { ...utils, port };
}

const value = (port: MemoryPort, row: number, col: number) => port.grids.get(SHEET)!.values[row][col];

describe("集約 view", () => {
  it("previews per file, then writes the ticked cells in one batch, undoable, and runs the check", async () => {
    const { port, user, checker } = await openAndPick([await xlsxFile("産業振興課.xlsx", returnedRows())]);
    expect(screen.getByText("産業振興課: 3 セル取り込み、衝突 1、取り込めない指標 1")).toBeTruthy();
    const fill = screen.getByRole("region", { name: "集約（戻りの取り込み）" });
    expect(within(fill).getByText("衝突（1）")).toBeTruthy();
    // The conflict shows both values side by side, and why.
    const conflict = within(fill)
      .getByText(/進捗管理表!F6 No\.3 R6（目標値の変更）/)
      .closest("li")!;
    expect(within(conflict).getByText("元表").nextSibling?.textContent).toBe("600");
    expect(within(conflict).getByText("戻り（産業振興課）").nextSibling?.textContent).toBe("650");
    expect(within(fill).getByText(/No\.4 新しい指標（元表にない指標）/)).toBeTruthy();

    // Untick No.2's cell; take the returned target of No.3.
    await user.click(within(fill).getByRole("checkbox", { name: /F5 No\.2 R6/ }));
    await user.click(within(fill).getByRole("checkbox", { name: /戻りの値を採用する: 進捗管理表!F6/ }));
    expect(screen.getByText("産業振興課: 3 セル取り込み、衝突 1、取り込めない指標 1")).toBeTruthy();
    await user.click(button("適用する"));

    expect(await screen.findByText("取り込みました。")).toBeTruthy();
    const applied = port.callsOf("apply") as [ChangeSet][];
    expect(applied).toHaveLength(1);
    expect(applied[0][0].cells?.map((c) => [c.address, c.value])).toEqual(
      expect.arrayContaining([
        ["F3", 120],
        ["F7", 480],
        ["F6", 650],
      ]),
    );
    expect(applied[0][0].cells).toHaveLength(3);
    expect([value(port, 2, 5), value(port, 4, 5), value(port, 5, 5), value(port, 6, 5)]).toEqual([
      120,
      null,
      650,
      480,
    ]);
    // The check runs once, after the batch (the test checker reports REPORT's findings).
    const errors = REPORT.findings.filter((f) => f.severity === "error").length;
    const warnings = REPORT.findings.filter((f) => f.severity === "warning").length;
    expect(await screen.findByText(`チェック結果: エラー ${errors} 件、警告 ${warnings} 件`)).toBeTruthy();
    expect((checker as { calls?: number }).calls).toBe(1);

    await user.click(screen.getByRole("button", { name: /集約（戻りの取り込み）.*を元に戻す/ }));
    expect(await screen.findByText("元に戻せる変更はありません。")).toBeTruthy();
    expect([value(port, 2, 5), value(port, 5, 5), value(port, 6, 5)]).toEqual(["集計中", 600, null]);
  });

  it("names a file it cannot read and still previews the others", async () => {
    const broken = new File([new Uint8Array([1, 2, 3, 4])], "観光課.xlsx");
    await openAndPick([broken, await xlsxFile("産業振興課.xlsx", returnedRows())]);
    expect(
      screen.getByText(/観光課: 読み込めませんでした（Excel ブック（.xlsx）ではありません。）/),
    ).toBeTruthy();
    expect(screen.getByText("産業振興課: 3 セル取り込み、衝突 1、取り込めない指標 1")).toBeTruthy();
  });

  it("a copy equal to the master has nothing to apply", async () => {
    const { port } = await openAndPick([await xlsxFile("産業振興課.xlsx", rowsOf(MASTER))]);
    expect(screen.getByText("産業振興課: 0 セル取り込み、衝突 0")).toBeTruthy();
    expect(screen.getByText(/取り込める値はありません/)).toBeTruthy();
    expect(button("適用する").disabled).toBe(true);
    expect(port.callsOf("apply")).toHaveLength(0);
  });

  it("two files disagreeing on a cell: both listed with their file, neither may be taken", async () => {
    const copy = (value: number) => rowsOf([{ ...MASTER[0], actual: [90, value] }]);
    await openAndPick([
      await xlsxFile("産業振興課.xlsx", copy(120)),
      await xlsxFile("産業振興課_再送.xlsx", copy(121)),
    ]);
    expect(screen.getByText("産業振興課: 0 セル取り込み、衝突 1")).toBeTruthy();
    expect(screen.getByText("産業振興課_再送: 0 セル取り込み、衝突 1")).toBeTruthy();
    const sides = screen
      .getAllByText(/^戻り（/)
      .map((label) => [label.textContent, label.nextSibling?.textContent]);
    expect(sides).toEqual([
      ["戻り（産業振興課）", "120"],
      ["戻り（産業振興課_再送）", "121"],
    ]);
    expect(screen.queryAllByRole("checkbox")).toEqual([]);
    expect(button("適用する").disabled).toBe(true);
  });

  it("says so when the open workbook has no table to merge into", async () => {
    const port = new MemoryPort({ メモ: [["打合せメモ"]] });
    const { user } = renderApp({ port });
    await user.click(screen.getByRole("tab", { name: "集約" }));
    await user.upload(await screen.findByLabelText("戻ってきたファイル（.xlsx）"), [
      await xlsxFile("産業振興課.xlsx", returnedRows()),
    ]);
    expect(await screen.findByText(/このブックに評価表が見つからないため/)).toBeTruthy();
    expect(port.callsOf("apply")).toHaveLength(0);
  });

  it("a long list shows a page at a time; every ticked cell is written", async () => {
    const many: Spec[] = Array.from({ length: 60 }, (_, i) => ({
      id: i + 1,
      name: `指標${i + 1}`,
      target: [100, 100],
      actual: [90, null],
    }));
    const port = new MemoryPort({ [SHEET]: rowsOf(many) });
    const { user } = renderApp({ port });
    await user.click(screen.getByRole("tab", { name: "集約" }));
    const returned = rowsOf(many.map((s) => ({ ...s, actual: [90, 95] })));
    await user.upload(await screen.findByLabelText("戻ってきたファイル（.xlsx）"), [
      await xlsxFile("産業振興課.xlsx", returned),
    ]);
    await screen.findByText("産業振興課: 60 セル取り込み、衝突 0");
    const list = screen.getByRole("list", { name: "産業振興課" });
    expect(within(list).getAllByRole("checkbox")).toHaveLength(50);
    await user.click(screen.getByRole("button", { name: /さらに/ }));
    expect(within(list).getAllByRole("checkbox")).toHaveLength(60);
    await user.click(button("適用する"));
    await screen.findByText("取り込みました。");
    expect((port.callsOf("apply") as [ChangeSet][])[0][0].cells).toHaveLength(60);
  });

  it("shows every value as its sheet shows it", async () => {
    const port = masterPort();
    const grid = port.grids.get(SHEET)!;
    for (let r = 1; r < grid.rowCount; r++) grid.numberFormats[r][5] = '#,##0"件"';
    const { user } = renderApp({ port });
    await user.click(screen.getByRole("tab", { name: "集約" }));
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet(SHEET);
    for (const row of returnedRows()) sheet.addRow(row);
    sheet.getCell("F2").numFmt = "#,##0.0";
    const file = new File([new Uint8Array(await book.xlsx.writeBuffer())], "産業振興課.xlsx");
    await user.upload(await screen.findByLabelText("戻ってきたファイル（.xlsx）"), [file]);
    await screen.findAllByText(/^産業振興課: /);
    // No.2's R6 actual (returned 1600) under the master cell's format; the conflict's sides under their own.
    expect(screen.getByRole("checkbox", { name: "進捗管理表!F5 No.2 R6: （空） → 1,600件" })).toBeTruthy();
    const conflict = screen.getByText(/F6 No\.3 R6（目標値の変更）/).closest("li")!;
    expect(within(conflict).getByText("元表").nextSibling?.textContent).toBe("600件");
    expect(within(conflict).getByText("戻り（産業振興課）").nextSibling?.textContent).toBe("650.0");
  });

  it("speaks English", async () => {
    const port = masterPort();
    const { user } = renderApp({ port, lang: "en" });
    await user.click(screen.getByRole("tab", { name: "Consolidate" }));
    await user.upload(await screen.findByLabelText("Returned files (.xlsx)"), [
      await xlsxFile("産業振興課.xlsx", returnedRows()),
    ]);
    expect(
      await screen.findByText("産業振興課: 3 cells merged, 1 conflicts, 1 indicators not merged"),
    ).toBeTruthy();
    expect(screen.getByText(/^進捗管理表!F6 No\.3 R6 \(target changed\)$/)).toBeTruthy();
    expect(screen.getByText("産業振興課: No.4 新しい指標 (indicator not in the master)")).toBeTruthy();
  });
});
