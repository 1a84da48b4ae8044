import type { $input } from 'zod';

/**
 * `schema.meta({ examples: [...] })` is typed as the schema's input, so an example with a
 * wrong or missing field fails the typecheck. The OpenAPI document shows it as the request
 * body's example, and a test parses every example with its schema (refinements included).
 */
declare module 'zod' {
  interface GlobalMeta {
    examples?: $input[];
  }
}

/** Record ids the examples refer to (uuidv7, as the server makes them). */
export const EXAMPLE_ID = {
  organisation: '0193a1c2-4e5f-7a01-8b2c-3d4e5f607181',
  station: '0193a1c2-4e5f-7a02-8b2c-3d4e5f607182',
  otherStation: '0193a1c2-4e5f-7a03-8b2c-3d4e5f607183',
  worker: '0193a1c2-4e5f-7a04-8b2c-3d4e5f607184',
  client: '0193a1c2-4e5f-7a05-8b2c-3d4e5f607185',
  otherClient: '0193a1c2-4e5f-7a06-8b2c-3d4e5f607186',
  supervisorUser: '0193a1c2-4e5f-7a07-8b2c-3d4e5f607187',
  file: '0193a1c2-4e5f-7a08-8b2c-3d4e5f607188',
  catalogueItem: '0193a1c2-4e5f-7a09-8b2c-3d4e5f607189',
  budgetLine: '0193a1c2-4e5f-7a0a-8b2c-3d4e5f60718a',
  training: '0193a1c2-4e5f-7a0b-8b2c-3d4e5f60718b',
  enrolment: '0193a1c2-4e5f-7a0c-8b2c-3d4e5f60718c',
  goal: '0193a1c2-4e5f-7a0d-8b2c-3d4e5f60718d',
  user: '0193a1c2-4e5f-7a0e-8b2c-3d4e5f60718e',
} as const;
