import { TestBed } from '@angular/core/testing';
import { NzI18nService, en_US, zh_CN } from 'ng-zorro-antd/i18n';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CORE_I18N } from './core.i18n';
import { provideTranslations } from './dictionaries';
import { I18nService } from './i18n.service';
import { TranslatePipe } from './translate.pipe';

describe('I18nService', () => {
  const setLocale = vi.fn();

  // a feature's dictionary, as provideFeatures() registers it (the app's own are checked in app.i18n.spec.ts)
  const feature = {
    'zh-CN': { 'members.added': '已添加成员 {name}', 'nav.members': '成员', 'ent.storage': '存储空间' },
    'en-US': { 'members.added': '{name} was added', 'nav.members': 'Members', 'ent.storage': 'Storage' },
  };

  function create(): I18nService {
    TestBed.configureTestingModule({ providers: [{ provide: NzI18nService, useValue: { setLocale } }, provideTranslations(feature)] });
    return TestBed.inject(I18nService);
  }

  beforeEach(() => {
    localStorage.clear();
    setLocale.mockClear();
  });
  afterEach(() => TestBed.resetTestingModule());

  it('defaults to Chinese and sets NG-ZORRO to zh_CN', () => {
    const i18n = create();
    expect(i18n.lang()).toBe('zh-CN');
    expect(i18n.t('auth.signIn')).toBe('登录');
    expect(setLocale).toHaveBeenCalledWith(zh_CN);
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('switches to English, persists the choice and switches NG-ZORRO too', () => {
    const i18n = create();
    i18n.use('en-US');
    expect(i18n.t('auth.signIn')).toBe('Sign in');
    expect(localStorage.getItem('dp.lang')).toBe('en-US');
    expect(setLocale).toHaveBeenLastCalledWith(en_US);
  });

  it('restores the stored language on start and ignores junk', () => {
    localStorage.setItem('dp.lang', 'en-US');
    expect(create().lang()).toBe('en-US');
    TestBed.resetTestingModule();
    localStorage.setItem('dp.lang', 'fr-FR');
    expect(create().lang()).toBe('zh-CN');
  });

  it('fills {placeholders} and leaves unknown ones visible', () => {
    const i18n = create();
    i18n.use('en-US');
    expect(i18n.t('members.added', { name: 'Li Lei' })).toBe('Li Lei was added');
    expect(i18n.t('members.added')).toBe('{name} was added');
  });

  it('falls back to the key for unknown keys and reports existence', () => {
    const i18n = create();
    expect(i18n.t('no.such.key')).toBe('no.such.key');
    expect(i18n.has('ent.storage')).toBe(true);
    expect(i18n.has('ent.unknown')).toBe(false);
  });

  it('has the same keys in both core dictionaries, none empty', () => {
    expect(Object.keys(CORE_I18N['en-US']).sort()).toEqual(Object.keys(CORE_I18N['zh-CN']).sort());
    for (const dict of Object.values(CORE_I18N)) for (const text of Object.values(dict)) expect(text.trim()).not.toBe('');
  });

  it('knows only its own texts when no feature registers any', () => {
    TestBed.configureTestingModule({ providers: [{ provide: NzI18nService, useValue: { setLocale } }] });
    const i18n = TestBed.inject(I18nService);
    expect(i18n.t('auth.signIn')).toBe('登录');
    expect(i18n.has('members.added')).toBe(false);
  });

  it('the t pipe follows the current language', () => {
    const i18n = create();
    const pipe = TestBed.runInInjectionContext(() => new TranslatePipe());
    expect(pipe.transform('nav.members')).toBe('成员');
    i18n.use('en-US');
    expect(pipe.transform('nav.members')).toBe('Members');
  });
});
