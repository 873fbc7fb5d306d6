import { describe, expect, it } from 'vitest';
import { SURFACES } from '../surfaces';

type ZodLike = { _zod: { def: Record<string, unknown> & { type: string } } };
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'catch']);

/** Object properties the OpenAPI adapter would coerce as booleans: a bare z.boolean(), however wrapped. */
function bareBooleans(schema: ZodLike, path: string): string[] {
  const def = schema._zod.def;
  if (def.type !== 'object') return [];
  const found: string[] = [];
  for (const [key, child] of Object.entries(def.shape as Record<string, ZodLike>)) {
    let inner = child;
    while (WRAPPERS.has(inner._zod.def.type)) inner = inner._zod.def.innerType as ZodLike;
    if (inner._zod.def.type === 'boolean') found.push(`${path}.${key}`);
    found.push(...bareBooleans(inner, `${path}.${key}`));
  }
  return found;
}

function procedures(record: Record<string, unknown>, prefix = ''): Array<[string, { _def: { inputs: ZodLike[] } }]> {
  return Object.entries(record).flatMap(([key, value]) => {
    const name = prefix ? `${prefix}.${key}` : key;
    const candidate = value as { _def?: { procedure?: boolean; inputs?: ZodLike[] } };
    if (candidate._def?.procedure) return [[name, candidate as { _def: { inputs: ZodLike[] } }]];
    return procedures(value as Record<string, unknown>, name);
  });
}

describe('input schemas', () => {
  it('never use a bare z.boolean(), which the OpenAPI adapter coerces ("false" → true, missing → false)', () => {
    const offenders: string[] = [];
    for (const surface of SURFACES) {
      const record = (surface.router as unknown as { _def: { record: Record<string, unknown> } })._def.record;
      for (const [name, procedure] of procedures(record)) {
        for (const input of procedure._def.inputs) offenders.push(...bareBooleans(input, `${surface.name}:${name}`));
      }
    }
    expect(offenders).toEqual([]);
  });
});
