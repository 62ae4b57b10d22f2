import { gridWith } from "../clean-table";
import { firesAt } from "./firing";

test("a summary the table does not reproduce fires at B2 and lists the counting rules tried", () => {
  expect(firesAt(gridWith(2, 1, "0件"), "summary-mismatch", "B2").message.en).toContain("per indicator row");
});
