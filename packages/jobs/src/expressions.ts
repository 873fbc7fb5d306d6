/**
 * The small part of Inngest's expression language the in-process driver needs: dotted paths
 * (`event.data.workspace_id` as a concurrency key) and conjunctions of equalities between paths or
 * literals (`event.data.id == async.data.id`, what `match` in `cancelOn` and `waitForEvent`
 * compiles to). Anything else is refused when the driver starts, never guessed at run time.
 */
export type Scope = Record<string, unknown>;

const PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

export function readPath(scope: Scope, path: string): unknown {
  let value: unknown = scope;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function operand(text: string): (scope: Scope) => unknown {
  const trimmed = text.trim();
  if (PATH.test(trimmed) && trimmed !== 'true' && trimmed !== 'false' && trimmed !== 'null') return (scope) => readPath(scope, trimmed);
  try {
    const literal: unknown = JSON.parse(trimmed.startsWith("'") ? `"${trimmed.slice(1, -1).replace(/"/g, '\\"')}"` : trimmed);
    return () => literal;
  } catch {
    throw new Error(`Unsupported expression operand: ${trimmed}`);
  }
}

/** Compiles `a == b && c == d`; throws on any other form. */
export function compileCondition(expression: string): (scope: Scope) => boolean {
  const clauses = expression.split('&&').map((clause) => {
    const sides = clause.split('==');
    if (sides.length !== 2) throw new Error(`Unsupported expression (only == joined by &&): ${expression}`);
    const [left, right] = sides.map((side) => operand(side!)) as [ReturnType<typeof operand>, ReturnType<typeof operand>];
    return (scope: Scope) => {
      const a = left(scope);
      return a !== undefined && a === right(scope);
    };
  });
  return (scope) => clauses.every((clause) => clause(scope));
}

/** Compiles a concurrency key such as `event.data.workspace_id`; only dotted paths are supported. */
export function compileKey(expression: string): (scope: Scope) => string | null {
  const trimmed = expression.trim();
  if (!PATH.test(trimmed)) throw new Error(`Unsupported concurrency key (only a dotted path): ${expression}`);
  return (scope) => {
    const value = readPath(scope, trimmed);
    return value === undefined || value === null ? null : String(value);
  };
}
