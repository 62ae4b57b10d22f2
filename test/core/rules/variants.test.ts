import { runChecks } from "../../../src/core/rules";
import { detectTables } from "../../../src/core/tables";
import { COL, gridWith, ROW } from "./clean-table";

test("findings serialise with their message in both languages", () => {
  const [f] = runChecks(detectTables(gridWith(ROW.rate, COL.R3, 1.3)));
  const json = JSON.parse(JSON.stringify(f));
  expect(json.message.ja).toContain("E11");
  expect(json.message.en).toContain("E11");
  expect(json).toEqual(
    expect.objectContaining({ rule: "rate-mismatch", code: "rules.rate-mismatch", severity: "error" }),
  );
});
