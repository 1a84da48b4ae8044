import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** Where region arithmetic is allowed: the scope module itself, the seeds and the benchmark's raw-SQL baselines. */
const SCOPE_EXEMPT = [/^platform\/authz\/scope\.ts$/, /^db\/seed\//, /^bench\//];

/** Hand-written region checks: each has a function in platform/authz/scope.ts. */
const HAND_WRITTEN_SCOPE: [RegExp, string][] = [
  [/\.startsWith\(\s*regionPrefix\(/, 'x.startsWith(regionPrefix(y)) → isInRegion(y, x)'],
  [
    /regionPrefix\([^)]*\)\s*\.startsWith\(|\.startsWith\(\s*(own|prefix|asked|scope\.regionPrefix)\s*\)/,
    'prefix comparison → isInRegion / askedRegion',
  ],
  [/`\$\{[^}`]*[Pp]refix[^}`]*\}%`/, 'a LIKE pattern built by hand → regionWhere(column, area)'],
];

function violations(rules: [RegExp, string][], exempt: RegExp[]): string[] {
  const found: string[] = [];
  for (const file of sources(SRC)) {
    const name = relative(SRC, file);
    if (exempt.some((e) => e.test(name))) continue;
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        for (const [pattern, fix] of rules) if (pattern.test(line)) found.push(`${name}:${i + 1}: ${fix}\n    ${line.trim()}`);
      });
  }
  return found;
}

describe('code rules', () => {
  it('region scope is computed only by the scope module', () => {
    expect(violations(HAND_WRITTEN_SCOPE, SCOPE_EXEMPT)).toEqual([]);
  });

  it('the scope rules recognise the hand-written checks they forbid', () => {
    // The samples are source text, not templates: the placeholders are what the rules look for.
    const samples = [
      'if (!code.startsWith(regionPrefix(actor.regionCode))) return',
      'if (!asked.startsWith(own)) throw',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text under test
      'conditions.push(like(users.regionCode, `${regionPrefix(query.regionCode)}%`));',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text under test
      'where w.region_code like ${`${prefix}%`}',
    ];
    for (const line of samples)
      expect(
        HAND_WRITTEN_SCOPE.some(([p]) => p.test(line)),
        line,
      ).toBe(true);
  });
});
