import { DOCUMENT, Injectable, inject, signal } from '@angular/core';
import { NzI18nService, en_US, zh_CN } from 'ng-zorro-antd/i18n';
import { CORE_I18N } from './core.i18n';
import { Lang, LANGS, TRANSLATIONS, TranslationParams, mergeTranslations } from './dictionaries';

const STORAGE_KEY = 'dp.lang';

/**
 * Small key -> text translation with the choice kept in localStorage; also switches NG-ZORRO's locale.
 * Texts: core.i18n.ts plus every dictionary provided as TRANSLATIONS (shared UI and each feature's `<feature>.i18n.ts`).
 */
@Injectable({ providedIn: 'root' })
export class I18nService {
  private readonly nzI18n = inject(NzI18nService, { optional: true });
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<Lang>(readStoredLang());
  private readonly dictionaries = mergeTranslations([CORE_I18N, ...(inject(TRANSLATIONS, { optional: true }) ?? [])]);

  readonly lang = this.current.asReadonly();
  readonly langs = LANGS;

  constructor() {
    this.apply(this.current());
  }

  use(lang: Lang): void {
    if (!LANGS.includes(lang)) return;
    this.current.set(lang);
    try {
      localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      // storage may be unavailable (private mode); the choice then lasts for this page only
    }
    this.apply(lang);
  }

  /** Text for a key in the current language; `{name}` placeholders are filled from params. */
  t(key: string, params?: TranslationParams): string {
    const text = this.dictionaries[this.current()][key] ?? this.dictionaries['en-US'][key];
    if (text === undefined) return key;
    return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole)) : text;
  }

  /** Whether a key exists (used for optional labels, e.g. entitlement keys and error codes). */
  has(key: string): boolean {
    return key in this.dictionaries[this.current()];
  }

  private apply(lang: Lang): void {
    this.nzI18n?.setLocale(lang === 'zh-CN' ? zh_CN : en_US);
    this.document.documentElement.lang = lang;
  }
}

function readStoredLang(): Lang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored && (LANGS as readonly string[]).includes(stored)) return stored as Lang;
  } catch {
    // ignore: fall back to the default
  }
  return 'zh-CN';
}
