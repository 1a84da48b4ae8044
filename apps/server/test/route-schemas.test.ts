import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const modules = join(import.meta.dirname, '../src/modules');

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(path);
    return entry.name.endsWith('.routes.ts') ? [path] : [];
  });
}

/** A zod call other than `z.null()` or `z.array(ImportedSchema)`. */
const ZOD_CALL = /\bz\.(\w+)\(\s*([A-Za-z_$][\w$]*\s*\))?/g;
/** Deriving a schema from another one. */
const DERIVED = /\.(extend|omit|pick|partial|required|catchall|merge|meta|refine|superRefine|transform|and|or)\(/;

/** Every line of `source` that builds a request or response schema in place. */
export function inlineSchemas(source: string): string[] {
  const found: string[] = [];
  source.split('\n').forEach((line, index) => {
    const zodCalls = [...line.matchAll(ZOD_CALL)];
    const built = zodCalls.some((m) => !(m[1] === 'null' || (m[1] === 'array' && m[2] !== undefined)));
    if (built || DERIVED.test(line)) found.push(`${index + 1}: ${line.trim()}`);
  });
  return found;
}

describe('route files take their schemas from @shegong/contracts', () => {
  it('finds a schema built in place (the check can fail)', () => {
    expect(inlineSchemas('querystring: z.strictObject({ version: z.coerce.number() }),\nbody: X')).toHaveLength(1);
    expect(inlineSchemas('const Q = StationListQuery.omit({ page: true });')).toHaveLength(1);
    expect(inlineSchemas('response: { 200: z.array(z.object({ a: z.string() })) }')).toHaveLength(1);
    expect(inlineSchemas('response: { 200: z.array(Grant), 204: z.null() }')).toEqual([]);
  });

  it('no route file constructs a zod schema', () => {
    const files = routeFiles(modules);
    expect(files.length).toBeGreaterThan(20);
    const offenders = files.flatMap((file) =>
      inlineSchemas(readFileSync(file, 'utf8')).map((line) => `${relative(modules, file)}:${line}`),
    );
    expect(offenders, 'move these schemas to packages/contracts, named and exported').toEqual([]);
  });
});
