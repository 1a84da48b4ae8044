import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

// madge would do this, but its TypeScript parser needs TypeScript 5 or 6 beside the repo's 7.
const src = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Relative imports of one file (type-only ones too: a cycle of types is still a cycle of modules). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/^\s*(?:import|export)\b[^;]*?from\s*'(\.[^']+)'/gms)].map((m) => m[1] ?? '');
  return specifiers.map((spec) => resolve(dirname(file), spec)).filter((target) => existsSync(target));
}

/** Every import cycle, each once, as the list of files around it. */
function importCycles(files: string[]): string[][] {
  const graph = new Map(files.map((file) => [file, importsOf(file)]));
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push(stack.slice(stack.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of files) if (!state.has(file)) visit(file);
  return cycles;
}

it('the web app has no import cycle', () => {
  const cycles = importCycles(sources(src)).map((cycle) => cycle.map((file) => relative(src, file)).join(' → '));
  expect(cycles).toEqual([]);
});
