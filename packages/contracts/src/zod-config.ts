import { z } from 'zod';

/**
 * For the browser, which runs under a CSP without 'unsafe-eval': zod 4 compiles object parsers
 * with `new Function` after probing whether eval is allowed, and the probe alone is reported as a
 * CSP violation. Jitless parsing is the interpreted path zod documents for such pages.
 */
export function configureJitlessParsing(): void {
  z.config({ jitless: true });
}
