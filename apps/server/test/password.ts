import { hashPassword } from '../src/platform/auth/password.ts';

export const TEST_PASSWORD = 'Test@2026x';
let cached: Promise<string> | null = null;

/** One argon2 hash per test file: factories create many users. */
export function testPasswordHash(): Promise<string> {
  cached ??= hashPassword(TEST_PASSWORD);
  return cached;
}
