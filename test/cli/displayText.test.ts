/** Quoted cell text in the human report: cut at 80 characters, invisible characters shown escaped. */
import { displayText } from "../../src/cli/displayText";

test("quoted text longer than 80 characters is cut, shorter text and the rest of the line are kept", () => {
  const long = "あ".repeat(100);
  expect(displayText(`H36 の値「${long}」は数値ではありません。`)).toBe(
    `H36 の値「${"あ".repeat(80)}…」は数値ではありません。`,
  );
  expect(displayText(`The value “${"x".repeat(81)}” is text.`)).toBe(
    `The value “${"x".repeat(80)}…” is text.`,
  );
  expect(displayText("値「1,600件」")).toBe("値「1,600件」");
});

test("invisible characters are shown escaped, visible ones are not", () => {
  expect(displayText("値「1,600\u200b件」\u0007")).toBe("値「1,600\\u{200B}件」\\u{0007}");
  expect(displayText("値「集計中\u00a0」")).toBe("値「集計中\u00a0」");
  expect(displayText("「a\tb\nc」")).toBe("「a\\u{0009}b\\u{000A}c」");
});
