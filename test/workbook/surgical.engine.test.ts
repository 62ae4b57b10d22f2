/**
 * A copy written by the surgical writer opens in a real spreadsheet engine (LibreOffice headless) and
 * recalculates to what the fix report claims: every fixed cell shows its finding's expected text, and the
 * shared formula whose master was fixed still computes its other periods.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkFile } from "../../src/cli/checkFile";
import { writeFixedCopy } from "../../src/cli/fixOutput";
import { loadSettings } from "../../src/cli/settings";
import { fixableFindings, parseA1 } from "../../src/core";
import { loadXlsxFile } from "../../src/workbook/xlsx";
import { recalculate } from "../templates/helpers/libreoffice";
import { FIXTURES, fixturePackage, SHEET_NAME } from "./helpers/packageFixtures";

test("the fixed copy of the shared-formula fixture recalculates in LibreOffice to the values the fix report claims", async () => {
  const fixture = FIXTURES.find((candidate) => candidate.name.startsWith("shared formulas"));
  if (fixture === undefined) throw new Error("fixture");
  const dir = mkdtempSync(join(tmpdir(), "kpi-surgical-engine-"));
  const input = join(dir, "input.xlsx");
  const data = fixturePackage(fixture, true);
  writeFileSync(input, data);
  const { checked } = await checkFile(input, [], await loadSettings(null), false);
  const fixed = join(dir, "fixed.xlsx");
  await writeFixedCopy(data, checked.findings, fixed, false);
  const [recalculated] = recalculate([fixed]);
  const grid = await (await loadXlsxFile(recalculated)).readSheet(SHEET_NAME);
  const valueAt = (address: string) => {
    const at = parseA1(address);
    if (at === null) throw new Error(address);
    return grid.values[at.row - grid.origin.row]?.[at.col - grid.origin.col];
  };
  const claims = fixableFindings(checked.findings).filter((finding) => finding.expected !== undefined);
  expect(claims.length).toBeGreaterThan(0);
  for (const finding of claims) {
    const value = valueAt(finding.cell);
    // A rate is written as a number under a percent format: it shows as the expected text at 1 decimal.
    const shown = typeof value === "number" ? `${(value * 100).toFixed(1)}%` : value;
    expect([finding.cell, shown]).toEqual([finding.cell, finding.expected]);
  }
  expect([valueAt("G9"), valueAt("H9")]).toEqual([1.1, 0.9]);
});
