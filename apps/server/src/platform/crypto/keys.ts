import { hkdfSync } from 'node:crypto';

export type KeyPurpose = 'session' | 'field-encryption' | 'field-hash';

/** Independent 32-byte keys for each purpose, derived from SHEGONG_SECRET with HKDF-SHA256. */
export function deriveKey(secret: string, purpose: KeyPurpose): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'shegong', purpose, 32));
}
