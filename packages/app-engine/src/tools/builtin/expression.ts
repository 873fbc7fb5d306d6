/**
 * A small arithmetic evaluator for the maths tool: numbers, + − × ÷, % and // , ** (or ^), parentheses, the
 * constants pi and e, and a fixed list of functions (numexpr's names, as Dify's tool used numexpr). It parses
 * the text itself and never hands it to eval or Function, so a model cannot make it run code.
 */
const FUNCTIONS: Record<string, (...args: number[]) => number> = {
  sqrt: Math.sqrt, abs: Math.abs, exp: Math.exp, expm1: Math.expm1, log: Math.log, log10: Math.log10, log2: Math.log2,
  log1p: Math.log1p, sin: Math.sin, cos: Math.cos, tan: Math.tan, arcsin: Math.asin, arccos: Math.acos,
  arctan: Math.atan, arctan2: Math.atan2, asin: Math.asin, acos: Math.acos, atan: Math.atan, atan2: Math.atan2,
  sinh: Math.sinh, cosh: Math.cosh, tanh: Math.tanh, arcsinh: Math.asinh, arccosh: Math.acosh, arctanh: Math.atanh,
  floor: Math.floor, ceil: Math.ceil, round: Math.round, min: Math.min, max: Math.max, pow: Math.pow,
};
const CONSTANTS: Record<string, number> = { pi: Math.PI, e: Math.E };
const MAX_LENGTH = 1000;
const MAX_DEPTH = 100;

type Token = { kind: 'number'; value: number } | { kind: 'name'; value: string } | { kind: 'op'; value: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /\s*(?:(\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|(\*\*|\/\/|[-+*/%^(),]))/y;
  let index = 0;
  while (index < text.length) {
    if (/^\s*$/.test(text.slice(index))) break;
    pattern.lastIndex = index;
    const match = pattern.exec(text);
    if (!match) throw new Error(`unexpected character at position ${index + (text.slice(index).length - text.slice(index).trimStart().length)}`);
    if (match[1] !== undefined) tokens.push({ kind: 'number', value: Number(match[1]) });
    else if (match[2] !== undefined) tokens.push({ kind: 'name', value: match[2] });
    else tokens.push({ kind: 'op', value: match[3]! });
    index = pattern.lastIndex;
  }
  return tokens;
}

class Parser {
  private position = 0;
  private depth = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): number {
    const value = this.additive();
    if (this.position < this.tokens.length) throw new Error(`unexpected '${this.tokens[this.position]!.value}'`);
    return value;
  }

  private peekOp(...ops: string[]): string | undefined {
    const token = this.tokens[this.position];
    return token?.kind === 'op' && ops.includes(token.value) ? token.value : undefined;
  }

  private expectOp(op: string): void {
    if (!this.peekOp(op)) throw new Error(`expected '${op}'`);
    this.position += 1;
  }

  private additive(): number {
    let value = this.multiplicative();
    for (let op = this.peekOp('+', '-'); op; op = this.peekOp('+', '-')) {
      this.position += 1;
      const right = this.multiplicative();
      value = op === '+' ? value + right : value - right;
    }
    return value;
  }

  private multiplicative(): number {
    let value = this.unary();
    for (let op = this.peekOp('*', '/', '%', '//'); op; op = this.peekOp('*', '/', '%', '//')) {
      this.position += 1;
      const right = this.unary();
      if (op !== '*' && right === 0) throw new Error('division by zero');
      if (op === '*') value *= right;
      else if (op === '/') value /= right;
      else if (op === '//') value = Math.floor(value / right);
      else value = value - right * Math.floor(value / right);
    }
    return value;
  }

  private unary(): number {
    const op = this.peekOp('+', '-');
    if (op) {
      this.position += 1;
      return this.nested(() => (op === '-' ? -this.unary() : this.unary()));
    }
    return this.power();
  }

  /** Right-associative, binding tighter than a unary minus on its left: -2**2 is -4, as in Python. */
  private power(): number {
    const base = this.primary();
    if (this.peekOp('**', '^')) {
      this.position += 1;
      return base ** this.nested(() => this.unary());
    }
    return base;
  }

  private primary(): number {
    const token = this.tokens[this.position];
    if (!token) throw new Error('unexpected end of expression');
    this.position += 1;
    if (token.kind === 'number') return token.value;
    if (token.kind === 'op' && token.value === '(') {
      const value = this.nested(() => this.additive());
      this.expectOp(')');
      return value;
    }
    if (token.kind === 'name') return this.name(token.value);
    throw new Error(`unexpected '${token.value}'`);
  }

  private name(name: string): number {
    if (!this.peekOp('(')) {
      if (Object.hasOwn(CONSTANTS, name)) return CONSTANTS[name]!;
      throw new Error(`unknown name '${name}'`);
    }
    const fn = Object.hasOwn(FUNCTIONS, name) ? FUNCTIONS[name] : undefined;
    if (!fn) throw new Error(`unknown function '${name}'`);
    this.position += 1;
    const args: number[] = [];
    if (!this.peekOp(')')) {
      args.push(this.nested(() => this.additive()));
      while (this.peekOp(',')) {
        this.position += 1;
        args.push(this.nested(() => this.additive()));
      }
    }
    this.expectOp(')');
    return fn(...args);
  }

  private nested<T>(parse: () => T): T {
    if (++this.depth > MAX_DEPTH) throw new Error('expression is nested too deeply');
    try {
      return parse();
    } finally {
      this.depth -= 1;
    }
  }
}

/** Throws an Error whose message says what is wrong with the expression. */
export function evaluateExpression(text: string): number {
  if (text.length > MAX_LENGTH) throw new Error(`expression is longer than ${MAX_LENGTH} characters`);
  const tokens = tokenize(text);
  if (tokens.length === 0) throw new Error('empty expression');
  return new Parser(tokens).parse();
}

/** Integers print without a decimal part; other numbers as JavaScript prints them. */
export function formatNumber(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  return String(value);
}
