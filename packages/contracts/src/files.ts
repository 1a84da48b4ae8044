import { z } from 'zod';
import { zId } from './common.ts';

/** Where an upload belongs: a record type that registered itself as a file owner, and its id. */
export const FileUploadQuery = z.strictObject({ ownerType: z.string().min(1).max(40), ownerId: zId });
export type FileUploadQuery = z.infer<typeof FileUploadQuery>;

export const StoredFile = z.object({ id: z.string(), name: z.string(), mimeType: z.string(), size: z.int() });
export type StoredFile = z.infer<typeof StoredFile>;
