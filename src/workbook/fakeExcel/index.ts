export {
  FakeExcel,
  FakeSettings,
  type FakeExcelOptions,
  type FakePropertySet,
  type FakeSyncStats,
} from "./fakeExcel";
export { fakeFromGrids, gridsFromFake, gridOfSheet } from "./grids";
export { FakeRichApiError } from "./clientObject";
export type { FakeSheet, FakeCell, FakeWorkbookState } from "./state";
