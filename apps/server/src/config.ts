import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SERVER_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_ROOT = resolve(SERVER_ROOT, '../..');

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** A postgres:// URL selects PostgreSQL; absent means embedded PGlite in `dataDir`. */
  databaseUrl: string | null;
  secret: string;
  /** City whose region subtree is loaded (4-digit GB/T 2260 prefix). */
  cityCode: string;
  /** Extra origins accepted for cookie-authenticated writes (reverse proxies). */
  origins: string[];
  webDist: string;
  version: string;
  trustProxy: boolean;
  /**
   * The address people use (SHEGONG_PUBLIC_URL, e.g. https://shegong.example.gov.cn): its origin is
   * the platform's own for the Origin check, and when it is https the session cookie is always Secure
   * (a TLS-terminating proxy talks plain HTTP to us, so the request alone cannot tell).
   */
  publicUrl: URL | null;
}

function readPublicUrl(value: string | undefined): URL | null {
  const text = value?.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error('SHEGONG_PUBLIC_URL must be a URL such as https://shegong.example.gov.cn');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('SHEGONG_PUBLIC_URL must be an http(s) URL');
  return url;
}

/** What the operator should hear at start: a production database with no public URL serves cookies that may travel without TLS. */
export function startupWarnings(config: Config): string[] {
  const warnings: string[] = [];
  if (config.databaseUrl && !config.publicUrl) {
    warnings.push(
      'DATABASE_URL is set but SHEGONG_PUBLIC_URL is not: session cookies are marked Secure only on requests that arrive over https; set SHEGONG_PUBLIC_URL=https://… behind a TLS proxy',
    );
  }
  return warnings;
}

function readVersion(): string {
  try {
    return JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}

/**
 * The embedded demo generates its secret once and keeps it in DATA_DIR; with
 * PostgreSQL the operator must supply SHEGONG_SECRET (keys would otherwise be lost).
 */
function resolveSecret(env: NodeJS.ProcessEnv, dataDir: string, databaseUrl: string | null): string {
  const given = env.SHEGONG_SECRET?.trim();
  if (given) {
    if (given.length < 32) throw new Error('SHEGONG_SECRET must be at least 32 characters');
    return given;
  }
  if (databaseUrl) throw new Error('SHEGONG_SECRET is required when DATABASE_URL is set');
  const file = join(dataDir, 'secret.key');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('hex');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = resolve(env.DATA_DIR ?? './data');
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must be a postgres:// URL');
  }
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('PORT must be a port number');
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir,
    databaseUrl,
    secret: resolveSecret(env, dataDir, databaseUrl),
    cityCode: env.SHEGONG_CITY ?? '4401',
    origins: (env.SHEGONG_ORIGINS ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    webDist: resolve(env.WEB_DIST ?? join(REPO_ROOT, 'apps/web/dist')),
    version: readVersion(),
    trustProxy: env.TRUST_PROXY === '1',
    publicUrl: readPublicUrl(env.SHEGONG_PUBLIC_URL),
  };
}
