/** The base helper of the custom functions: coercion, broadcasting, error propagation, typed errors. */
import fc from "fast-check";
import { dataCell, isExcelError, type Cell } from "../../src/functions/cell";
import { failure, scalarResult, toOutput } from "../../src/functions/errors";
import { displayLanguage } from "../../src/functions/language";
import { broadcastShape, cellList, vectorize } from "../../src/functions/vectorize";
import { installCustomFunctionsStub, StubError } from "./stub";

beforeAll(installCustomFunctionsStub);

/** A per-cell function that shows what it was given. */
const echo = (...cells: Cell[]) => JSON.stringify(cells);

/** A `rows × cols` range whose cells name their argument and position. */
const range = (name: string, rows: number, cols: number) =>
  Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => `${name}${r}${c}`));

describe("broadcasting", () => {
  /** How an argument fits a `rows × cols` result: full, one row, one column or one cell. */
  const kinds = (rows: number, cols: number): [number, number][] => [
    [rows, cols],
    [1, cols],
    [rows, 1],
    [1, 1],
  ];

  it("gives the broadcast shape, and each cell the argument cells at its position", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 3 }),
        (rows, cols, extra) => {
          const shapes = [[rows, cols], ...extra.map((k) => kinds(rows, cols)[k])];
          const args = shapes.map(([r, c], i) => range(`a${i}_`, r, c));
          const result = vectorize(args, echo, "ja");
          expect(broadcastShape(args)).toEqual([rows, cols]);
          expect(result).toHaveLength(rows);
          result.forEach((line, r) => {
            expect(line).toHaveLength(cols);
            line.forEach((cell, c) => {
              const expected = shapes.map(([ar, ac], i) => `a${i}_${ar === 1 ? 0 : r}${ac === 1 ? 0 : c}`);
              expect(cell).toBe(JSON.stringify(expected));
            });
          });
        },
      ),
    );
  });

  it("broadcasts a scalar over a range and treats an omitted argument as an empty cell", () => {
    expect(vectorize([[["x", "y"]], 5, undefined, null], echo, "ja")).toEqual([
      ['["x",5,null,null]', '["y",5,null,null]'],
    ]);
  });

  it("crosses a row with a column into a table, as Excel's array arithmetic does", () => {
    expect(vectorize([[["a", "b", "c"]], [["1"], ["2"]]], (x, y) => `${x}${y}`, "ja")).toEqual([
      ["a1", "b1", "c1"],
      ["a2", "b2", "c2"],
    ]);
  });

  it("reads a 1-D array as one row and an empty array as one empty cell", () => {
    expect(vectorize([["p", "q"]], echo, "ja")).toEqual([['["p"]', '["q"]']]);
    expect(vectorize([[], [[]]], echo, "ja")).toEqual([["[null,null]"]]);
  });

  it("gives #N/A where a shorter range has no cell, like Excel", () => {
    const result = vectorize([range("a", 3, 1), range("b", 2, 1)], echo, "ja");
    expect(result[1][0]).toBe('["a10","b10"]');
    expect(result[2][0]).toEqual(new StubError("#N/A", "範囲の大きさが合いません"));
    expect(vectorize([range("a", 3, 1), range("b", 2, 1)], echo, "en")[2][0]).toEqual(
      new StubError("#N/A", "The ranges differ in size"),
    );
  });

  it("calls the implementation once per cell position, never more", () => {
    const calls = jest.fn(echo);
    vectorize([range("a", 50, 4), 1, [[2, 3, 4, 5]]], calls, "ja");
    expect(calls).toHaveBeenCalledTimes(200);
  });
});

describe("errors", () => {
  it("passes an Excel error in any argument back unchanged, at the positions it reaches, without calling the implementation", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 5 }),
        fc.nat(),
        fc.nat(),
        fc.constantFrom(...["#N/A", "#DIV/0!", "#REF!", "#VALUE!"]),
        (rows, cols, rowSeed, colSeed, code) => {
          const error = new StubError(code, "from Excel");
          const at = [rowSeed % rows, colSeed % cols];
          const erroneous: unknown[][] = range("b", rows, cols);
          erroneous[at[0]][at[1]] = error;
          const calls = jest.fn(echo);
          const result = vectorize([range("a", rows, cols), erroneous], calls, "ja");
          expect(result[at[0]][at[1]]).toBe(error);
          expect(calls).toHaveBeenCalledTimes(rows * cols - 1);
        },
      ),
    );
  });

  it("broadcasts an error scalar over the whole range", () => {
    const error = new StubError("#REF!");
    expect(vectorize([range("a", 2, 2), error], echo, "ja").flat()).toEqual([error, error, error, error]);
  });

  it("the first erroneous argument wins", () => {
    const first = new StubError("#N/A");
    expect(vectorize([first, new StubError("#REF!")], echo, "ja")).toEqual([[first]]);
  });

  it("turns error cell values into the same error code, and codes a function cannot return into #VALUE!", () => {
    expect(isExcelError({ type: "Error", basicValue: "#DIV/0!" })).toBe(true);
    expect(vectorize([{ type: "Error", basicValue: "#DIV/0!" }], echo, "ja")).toEqual([
      [new StubError("#DIV/0!")],
    ]);
    expect(vectorize([{ type: "Error", basicValue: "#SPILL!" }], echo, "ja")).toEqual([
      [new StubError("#VALUE!")],
    ]);
  });

  it("does not take data for errors", () => {
    for (const value of ["#VALUE!", 0, null, { type: "String", basicValue: "#N/A" }, { code: 3 }]) {
      expect(isExcelError(value)).toBe(false);
    }
  });

  it("turns a failure into #VALUE! with its message in the language asked for", () => {
    const unit = failure("rate.unit-mismatch", { unit1: "人", unit2: "件" });
    expect(toOutput(unit, "ja")).toEqual(new StubError("#VALUE!", "算定不可：単位が異なります（人 / 件）。"));
    expect(toOutput(unit, "en")).toEqual(
      new StubError("#VALUE!", "Not computable: the units differ (人 / 件)."),
    );
    expect(toOutput(42, "ja")).toBe(42);
  });

  it("throws for a function that returns one cell, as Excel expects", () => {
    expect(() => scalarResult(failure("rate.target-missing"), "ja")).toThrow(StubError);
    expect(scalarResult("集計中", "ja")).toBe("集計中");
  });
});

describe("coercion", () => {
  it("folds undefined into null, unwraps cell value objects and keeps primitives", () => {
    expect(dataCell(undefined)).toBeNull();
    expect(dataCell({ type: "Double", basicValue: 3 })).toBe(3);
    expect(dataCell({ type: "String", basicValue: "1,600件" })).toBe("1,600件");
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.string(), fc.boolean(), fc.constant(null)), (value) => {
        expect(dataCell(value)).toBe(value);
      }),
    );
  });

  it("lists a range row by row, or gives its first error", () => {
    expect(
      cellList([
        [1, 2],
        [3, undefined],
      ]),
    ).toEqual([1, 2, 3, null]);
    expect(cellList("x")).toEqual(["x"]);
    const error = new StubError("#N/A");
    expect(cellList([[1, error, new StubError("#REF!")]])).toBe(error);
  });
});

describe("display language", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  const setOffice = (office: unknown) => Object.assign(globalThis, { Office: office });

  it("is Japanese without Office, and English only when Office says English", () => {
    expect(displayLanguage()).toBe("ja");
    setOffice({ context: { displayLanguage: "en-US" } });
    expect(displayLanguage()).toBe("en");
    setOffice({ context: { displayLanguage: "ja-JP" } });
    expect(displayLanguage()).toBe("ja");
    setOffice({ context: {} });
    expect(displayLanguage()).toBe("ja");
  });

  it("falls back to Japanese when reading Office throws", () => {
    setOffice({
      get context(): never {
        throw new Error("not initialised");
      },
    });
    expect(displayLanguage()).toBe("ja");
  });
});
