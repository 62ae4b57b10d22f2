/**
 * A small evaluator of the formulas the fix-invariant test writes and the fixes write back: numbers, text,
 * A1 references, + − × ÷, >=, IF, ROUND, ISNUMBER and TEXT(x,"0.0%"), with Excel's documented rules
 * for the cases met here: arithmetic on text is #VALUE! and errors propagate (support.microsoft.com,
 * "Correct a #VALUE! error"); in a comparison text is greater than any number ("Calculation operators
 * and precedence in Excel": text sorts after numbers); ROUND rounds half away from zero.
 * It recalculates a whole grid, as Excel does when a fix changed a cell.
 */
import { isCellError, parseA1, type CellValue, type Grid } from "../../src/core/grid";

type Value = number | string | boolean | { error: string };

const VALUE_ERROR = { error: "#VALUE!" };
const DIV_ERROR = { error: "#DIV/0!" };
const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)|("(?:[^"]|"")*")|([A-Z]+\d+)|([A-Z]+)\(|(>=|<=|<>|[-+*/(),<>=]))/y;

type Token = { kind: "number" | "text" | "ref" | "call" | "op"; text: string };

function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  const source = formula.trim();
  while (TOKEN.lastIndex < source.length) {
    const m = TOKEN.exec(source);
    if (m === null) throw new Error(`cannot read formula ${formula}`);
    if (m[1] !== undefined) tokens.push({ kind: "number", text: m[1] });
    else if (m[2] !== undefined) tokens.push({ kind: "text", text: m[2].slice(1, -1).replace(/""/g, '"') });
    else if (m[3] !== undefined) tokens.push({ kind: "ref", text: m[3] });
    else if (m[4] !== undefined) tokens.push({ kind: "call", text: m[4] });
    else tokens.push({ kind: "op", text: m[5] });
  }
  return tokens;
}

const isError = (v: Value): v is { error: string } => typeof v === "object";

function toNumber(v: Value): number | { error: string } {
  if (isError(v)) return v;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  return v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : VALUE_ERROR;
}

function compare(a: Value, b: Value): number | { error: string } {
  if (isError(a)) return a;
  if (isError(b)) return b;
  const rank = (v: Value) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

function roundHalfAway(x: number, digits: number): number {
  const factor = 10 ** digits;
  const shifted = Number((Math.abs(x) * factor).toPrecision(15));
  return (Math.sign(x) * Math.round(shifted)) / factor;
}

function percentText(x: number, format: string): Value {
  const m = /^0(?:\.(0+))?%$/.exec(format);
  if (m === null) return VALUE_ERROR;
  const decimals = m[1]?.length ?? 0;
  return `${roundHalfAway(x * 100, decimals).toFixed(decimals)}%`;
}

class Parser {
  private k = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly cell: (address: string) => Value,
  ) {}

  parse(): Value {
    const v = this.comparison();
    if (this.k !== this.tokens.length) throw new Error("trailing tokens");
    return v;
  }

  private peek(text: string): boolean {
    const t = this.tokens[this.k];
    return t !== undefined && t.kind === "op" && t.text === text;
  }

  private expect(text: string): void {
    if (!this.peek(text)) throw new Error(`expected ${text}`);
    this.k++;
  }

  private comparison(): Value {
    const left = this.sum();
    for (const op of [">=", "<=", "<>", ">", "<", "="]) {
      if (!this.peek(op)) continue;
      this.k++;
      const c = compare(left, this.sum());
      if (isError(c)) return c;
      return { ">=": c >= 0, "<=": c <= 0, "<>": c !== 0, ">": c > 0, "<": c < 0, "=": c === 0 }[
        op
      ] as boolean;
    }
    return left;
  }

  private sum(): Value {
    let left = this.product();
    while (this.peek("+") || this.peek("-")) {
      const op = this.tokens[this.k++].text;
      left = arithmetic(left, this.product(), op);
    }
    return left;
  }

  private product(): Value {
    let left = this.unary();
    while (this.peek("*") || this.peek("/")) {
      const op = this.tokens[this.k++].text;
      left = arithmetic(left, this.unary(), op);
    }
    return left;
  }

  private unary(): Value {
    if (this.peek("-")) {
      this.k++;
      return arithmetic(0, this.unary(), "-");
    }
    return this.primary();
  }

  private primary(): Value {
    const t = this.tokens[this.k++];
    if (t === undefined) throw new Error("unexpected end");
    if (t.kind === "number") return Number(t.text);
    if (t.kind === "text") return t.text;
    if (t.kind === "ref") return this.cell(t.text);
    if (t.kind === "op" && t.text === "(") {
      const v = this.comparison();
      this.expect(")");
      return v;
    }
    if (t.kind === "call") return this.call(t.text);
    throw new Error(`unexpected ${t.text}`);
  }

  private args(): Value[] {
    const values: Value[] = [];
    if (!this.peek(")")) {
      values.push(this.comparison());
      while (this.peek(",")) {
        this.k++;
        values.push(this.comparison());
      }
    }
    this.expect(")");
    return values;
  }

  private call(name: string): Value {
    const [a, b, c] = this.args();
    switch (name) {
      case "IF":
        if (isError(a)) return a;
        return (typeof a === "boolean" ? a : toNumber(a) !== 0) ? b : (c ?? false);
      case "ISNUMBER":
        return typeof a === "number";
      case "ROUND": {
        const x = toNumber(a);
        const d = toNumber(b);
        if (isError(x)) return x;
        if (isError(d)) return d;
        return roundHalfAway(x, d);
      }
      case "TEXT": {
        const x = toNumber(a);
        if (isError(x)) return x;
        return typeof b === "string" ? percentText(x, b) : VALUE_ERROR;
      }
      default:
        throw new Error(`unknown function ${name}`);
    }
  }
}

function arithmetic(a: Value, b: Value, op: string): Value {
  const x = toNumber(a);
  const y = toNumber(b);
  if (isError(x)) return x;
  if (isError(y)) return y;
  if (op === "+") return x + y;
  if (op === "-") return x - y;
  if (op === "*") return x * y;
  return y === 0 ? DIV_ERROR : x / y;
}

function asValue(v: CellValue): Value {
  if (v === null) return 0;
  if (isCellError(v)) return { error: v.error };
  return v;
}

/** Every formula cell of the grid recalculated from the constants, in dependency order. */
export function recalculate(grid: Grid): void {
  const done = new Set<string>();
  const evaluate = (r: number, c: number): Value => {
    const formula = grid.formulas[r]?.[c] ?? null;
    const key = `${r},${c}`;
    if (formula === null || done.has(key)) return asValue(grid.values[r]?.[c] ?? null);
    done.add(key);
    const cell = (address: string): Value => {
      const at = parseA1(address);
      if (at === null) return { error: "#REF!" };
      return evaluate(at.row - grid.origin.row, at.col - grid.origin.col);
    };
    const v = new Parser(tokenize(formula.replace(/^=/, "")), cell).parse();
    grid.values[r][c] = isError(v) ? { error: v.error } : v;
    return v;
  };
  for (let r = 0; r < grid.rowCount; r++) for (let c = 0; c < grid.colCount; c++) evaluate(r, c);
}
