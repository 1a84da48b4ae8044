import { isMessageKey, type Locale, translate } from '@shegong/core';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { setApiLanguage } from '../api/client.ts';
import { enUS } from './en-US.ts';
import { type UiKey, zhCN } from './zh-CN.ts';

export type { Locale };
/** UI keys of this app, or shared label keys of @shegong/core (role.*, tier.*, orgType.*, level.*). */
export type TKey = UiKey | Parameters<typeof translate>[1];
export type TParams = Record<string, string | number>;
export type TFunction = (key: TKey, params?: TParams) => string;

const STORAGE_KEY = 'shegong.locale';
const DICTIONARIES: Record<Locale, Record<UiKey, string>> = { 'zh-CN': zhCN, 'en-US': enUS };

function initialLocale(): Locale {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return stored === 'en-US' ? 'en-US' : 'zh-CN';
}

function applyLocale(locale: Locale): void {
  setApiLanguage(locale);
  dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  document.documentElement.lang = locale;
}

function format(template: string, params: TParams): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

type I18nValue = { locale: Locale; setLocale: (locale: Locale) => void; t: TFunction };

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const first = initialLocale();
    applyLocale(first);
    return first;
  });

  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    applyLocale(next);
    setLocaleState(next);
  }, []);

  const t = useCallback<TFunction>(
    (key, params = {}) => {
      const own = DICTIONARIES[locale][key as UiKey];
      if (own !== undefined) return format(own, params);
      return isMessageKey(key) ? translate(locale, key, params) : key;
    },
    [locale],
  );

  const value = useMemo(() => ({ locale, setLocale, t }), [locale, setLocale, t]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

export function useT(): TFunction {
  return useI18n().t;
}

export function useLocale(): [Locale, (locale: Locale) => void] {
  const { locale, setLocale } = useI18n();
  return [locale, setLocale];
}
