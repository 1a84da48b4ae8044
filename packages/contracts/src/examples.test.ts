import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as contracts from './index.ts';

const withExamples = Object.entries(contracts).flatMap(([name, value]) => {
  if (!(value instanceof z.ZodType)) return [];
  const examples = z.globalRegistry.get(value)?.examples;
  return examples ? [{ name, schema: value, examples }] : [];
});

describe('request examples', () => {
  it('are declared on the request bodies', () => {
    expect(withExamples.length).toBeGreaterThan(60);
  });

  it.each(withExamples)('$name: every example passes its schema, refinements included', ({ schema, examples }) => {
    for (const example of examples) {
      const result = schema.safeParse(example);
      expect(result.error?.issues ?? []).toEqual([]);
    }
  });

  it('catches an example that a refinement refuses (a wrong ID number check digit)', () => {
    const worker = z.globalRegistry.get(contracts.WorkerCreate)?.examples?.[0];
    expect(worker).toBeDefined();
    const wrongCheckDigit = { ...worker, idNumber: '440105199007210328' };
    expect(contracts.WorkerCreate.safeParse(wrongCheckDigit).success).toBe(false);
  });
});
