import { pendingR5 } from "../clean-table";
import { firesAt } from "./firing";

test("a pending actual with 集計中 status and rate is an info at G9", () => {
  expect(firesAt(pendingR5("集計中", "集計中"), "pending-actual", "G9").severity).toBe("info");
});

test("a pending actual with an errored status is an error at G9", () => {
  expect(firesAt(pendingR5({ error: "#VALUE!" }, "集計中"), "pending-actual", "G9").severity).toBe("error");
});
