export {
  FakeExcel,
  FakeSettings,
  type FakeExcelOptions,
  type FakePropertySet,
  type FakeSyncStats,
} from "./fakeExcel";
export { fakeFromGrids, gridsFromFake, gridOfSheet } from "./grids";
export { FakeRichApiError } from "./clientObject";
export { FakeSheet, type FakeCell, type FakeChartRecord, type FakeWorkbookState } from "./state";
export type { FakeCellFormat } from "./cellFormat";
