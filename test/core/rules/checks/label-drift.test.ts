import { cleanGrid, gridWith, ROW } from "../clean-table";
import { findingsOf, firesAt } from "./firing";

test("one indicator spelled two ways in two tables fires at C8", () => {
  firesAt([cleanGrid(), gridWith(ROW.target, 2, "相談件数等", "別表")], "label-drift", "C8");
});

test("two different indicators of one measure are not label drift", () => {
  expect(findingsOf([cleanGrid(), gridWith(ROW.target, 2, "来場者満足度", "別表")], "label-drift")).toEqual(
    [],
  );
});
