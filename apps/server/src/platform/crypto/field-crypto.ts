import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { deriveKey } from './keys.ts';

/**
 * Identifiers at rest: AES-256-GCM ciphertext ("v1.<iv>.<tag>.<data>", base64url) plus a
 * keyed HMAC-SHA256 for exact-match lookup and uniqueness without decrypting.
 */
export class FieldCrypto {
  private readonly encKey: Buffer;
  private readonly hashKey: Buffer;

  constructor(secret: string) {
    this.encKey = deriveKey(secret, 'field-encryption');
    this.hashKey = deriveKey(secret, 'field-hash');
  }

  encrypt(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.encKey, iv);
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv, cipher.getAuthTag(), data].map((p) => (typeof p === 'string' ? p : p.toString('base64url'))).join('.');
  }

  decrypt(token: string): string {
    const [version, iv, tag, data] = token.split('.');
    if (version !== 'v1' || !iv || !tag || data === undefined) throw new Error('unknown ciphertext format');
    const decipher = createDecipheriv('aes-256-gcm', this.encKey, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  }

  /** Deterministic keyed hash of a normalised value. */
  lookupHash(normalised: string): string {
    return createHmac('sha256', this.hashKey).update(normalised).digest('hex');
  }
}

let current: FieldCrypto | null = null;

/** The process's field crypto, set when the app is built (like the database). */
export function setFieldCrypto(crypto: FieldCrypto): void {
  current = crypto;
}

export function fieldCrypto(): FieldCrypto {
  if (!current) throw new Error('field crypto not initialised');
  return current;
}
