import { hash, verify } from '@node-rs/argon2';

// argon2id with the library's defaults (19 MiB, t=2), OWASP's recommended minimum.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | null = null;

/** Spends the same time as a real check, so unknown usernames are not revealed by timing. */
export async function verifyDummy(password: string): Promise<void> {
  dummyHash ??= hash('not-a-real-password-Shegong#1');
  await verifyPassword(await dummyHash, password);
}
