import { boundHeapGrowth, LARGE_INPUT_BYTES } from "../../src/cli/heapGrowth";

describe("boundHeapGrowth: the heap held close to what it keeps on large inputs only", () => {
  it("leaves V8's defaults for everyday files, then holds the growth from the first large one on", () => {
    expect(boundHeapGrowth(0)).toBe(false);
    expect(boundHeapGrowth(LARGE_INPUT_BYTES - 1)).toBe(false);
    expect(boundHeapGrowth(LARGE_INPUT_BYTES)).toBe(true);
    expect(boundHeapGrowth(0)).toBe(true);
  });
});
