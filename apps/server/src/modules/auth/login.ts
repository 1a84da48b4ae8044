import { isMobile } from '@shegong/core';
import { eq, or } from 'drizzle-orm';
import { users } from '../../db/schema/index.ts';
import { audit } from '../../platform/audit/audit.ts';
import { verifyDummy, verifyPassword } from '../../platform/auth/password.ts';
import { createSession } from '../../platform/auth/sessions.ts';
import { inTransaction, q } from '../../platform/db/tx.ts';
import { AppError } from '../../platform/http/errors.ts';
import { getSettings } from '../../platform/settings.ts';
import { recentFailures, recordAttempt } from './login-attempts.repository.ts';

export interface LoginInput {
  username: string;
  password: string;
  ip: string;
  userAgent?: string;
}

/**
 * Username or mobile number + password. Unknown names, wrong passwords and disabled
 * accounts get the same 401; after N failures in the window the name is locked (429)
 * whether or not such a user exists.
 */
export async function login(input: LoginInput): Promise<{ token: string; userId: string }> {
  const key = input.username.trim().toLowerCase();
  const config = await getSettings();
  const windowMs = config['auth.failureWindowMinutes'] * 60_000;
  const max = config['auth.maxFailures'];
  const failures = await recentFailures(key, new Date(Date.now() - windowMs), max);
  if (failures.length >= max) {
    const unlockAt = (failures[max - 1] as Date).getTime() + windowMs;
    const minutes = Math.max(1, Math.ceil((unlockAt - Date.now()) / 60_000));
    await audit({ username: key, action: 'auth.login', result: 'denied', ip: input.ip, details: { reason: 'locked' } });
    throw new AppError(429, 'locked', 'error.locked', { minutes });
  }

  const condition = isMobile(key) ? or(eq(users.username, key), eq(users.mobile, key)) : eq(users.username, key);
  const [user] = await q().select().from(users).where(condition).limit(1);
  let isValid = false;
  if (user) isValid = await verifyPassword(user.passwordHash, input.password);
  else await verifyDummy(input.password);

  if (!user || !isValid || user.isDisabled) {
    await inTransaction(async () => {
      await recordAttempt(key, false, input.ip);
      await audit({
        userId: user?.id,
        username: key,
        action: 'auth.login',
        result: 'failed',
        ip: input.ip,
        details: { reason: !user ? 'unknown' : user.isDisabled ? 'disabled' : 'password' },
      });
    });
    throw new AppError(401, 'invalid_credentials', 'error.invalid_credentials');
  }

  return inTransaction(async () => {
    await recordAttempt(key, true, input.ip);
    await q().update(users).set({ lastLoginAt: new Date() }).where(eq(users.id, user.id));
    const token = await createSession(user.id, input.ip, input.userAgent);
    await audit({ userId: user.id, username: user.username, action: 'auth.login', ip: input.ip });
    return { token, userId: user.id };
  });
}
