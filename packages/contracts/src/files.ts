import { z } from 'zod';

/** Request and response schemas of the files domain (shared by server and web). */
export const _filesPlaceholder = z.never().optional();
