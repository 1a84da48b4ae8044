import { enUS } from './en-US.ts';
import { type MessageKey, zhCN } from './zh-CN.ts';

export type Locale = 'zh-CN' | 'en-US';
export type { MessageKey };

const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { 'zh-CN': zhCN, 'en-US': enUS };

export function isMessageKey(key: string): key is MessageKey {
  return key in zhCN;
}

export function translate(locale: Locale, key: MessageKey, params: Record<string, unknown> = {}): string {
  const template = CATALOGUES[locale][key] ?? zhCN[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** zh-CN unless the client asks for English first. */
export function localeFromHeader(acceptLanguage: string | undefined): Locale {
  return acceptLanguage?.trim().toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
}

/** Every [key, label] of the catalogue under a prefix, e.g. 'qualificationLevel.' (reading labels back from spreadsheets). */
export function catalogueEntries(locale: Locale, prefix: string): [string, string][] {
  return Object.entries(CATALOGUES[locale]).filter(([key]) => key.startsWith(prefix));
}
