import { InjectionToken, Provider } from '@angular/core';

export type Lang = 'zh-CN' | 'en-US';
export const LANGS: readonly Lang[] = ['zh-CN', 'en-US'];
export type TranslationParams = Record<string, string | number>;

/** One dictionary per language with the same keys: `<feature>.i18n.ts` types English as its Chinese object. */
export type Translations<K extends string = string> = Record<Lang, Record<K, string>>;

/** The dictionaries of shared UI and of every feature; I18nService merges them with its own (core.i18n.ts). */
export const TRANSLATIONS = new InjectionToken<readonly Translations[]>('TRANSLATIONS');

export function provideTranslations(...translations: Translations[]): Provider[] {
  return translations.map((useValue) => ({ provide: TRANSLATIONS, multi: true, useValue }));
}

/** All dictionaries folded into one per language. Keys are unique across dictionaries (app.i18n.spec.ts checks). */
export function mergeTranslations(translations: readonly Translations[]): Record<Lang, Record<string, string>> {
  const merged = { 'zh-CN': {}, 'en-US': {} } as Record<Lang, Record<string, string>>;
  for (const dictionary of translations) for (const lang of LANGS) Object.assign(merged[lang], dictionary[lang]);
  return merged;
}
