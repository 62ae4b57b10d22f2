import fc from "fast-check";
import { JsonList, jsonPieces } from "../../src/cli/jsonWriter";

function written(value: unknown): { text: string; pieces: number } {
  const pieces = [...jsonPieces(value)];
  return { text: pieces.join(""), pieces: pieces.length };
}

describe("jsonPieces", () => {
  it("writes exactly what JSON.stringify gives, for any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(written(value).text).toBe(JSON.stringify(value));
      }),
    );
  });

  it("leaves out what JSON.stringify leaves out and honours toJSON, inside large arrays too", () => {
    const many = Array.from({ length: 300 }, (_, i) => ({
      i,
      gone: undefined,
      fn: () => i,
      at: new Date(Date.UTC(2021, 3, 1)),
      custom: { toJSON: () => `c${i}` },
      list: [undefined, () => 0, i],
    }));
    const value = { many, nested: { deeper: many }, missing: undefined };
    expect(written(value).text).toBe(JSON.stringify(value));
  });

  it("writes a large report in pieces of about a megabyte, never as one string", () => {
    const report = {
      file: "10k.xlsx",
      tables: [
        {
          indicators: Array.from({ length: 20_000 }, (_, i) => ({
            id: `No.${i}`,
            name: "成果指標".repeat(10),
          })),
        },
      ],
    };
    const { text, pieces } = written(report);
    expect(text).toBe(JSON.stringify(report));
    expect(pieces).toBeGreaterThan(1);
  });

  it("writes a JsonList as the array it stands for, making each element only when it is written", () => {
    const made: number[] = [];
    const list = new JsonList(1000, (i) => {
      made.push(i);
      return i % 7 === 0 ? undefined : { i, name: `指標${i}`, periods: [i, [i]] };
    });
    const value = { list, nested: [{ small: new JsonList(2, (i) => i) }] };
    const { text } = written(value);
    expect(made).toHaveLength(1000);
    expect(text).toBe(JSON.stringify({ list: list.toArray(), nested: [{ small: [0, 1] }] }));
    expect(JSON.stringify(value)).toBe(text);
  });

  it("writes runs of small elements next to large ones with the commas JSON.stringify puts", () => {
    const large = Array.from({ length: 300 }, (_, i) => i);
    const value = [1, large, { a: 2 }, undefined, large, large, "x", () => 0, [large]];
    expect(written(value).text).toBe(JSON.stringify(value));
    expect(written(Array.from({ length: 600 }, (_, i) => ({ i }))).text).toBe(
      JSON.stringify(Array.from({ length: 600 }, (_, i) => ({ i }))),
    );
  });
});
