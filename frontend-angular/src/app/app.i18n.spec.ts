import { describe, expect, it } from 'vitest';
import { FEATURES } from './app.routes';
import { CORE_I18N } from './core/i18n/core.i18n';
import { LANGS, Translations, mergeTranslations } from './core/i18n/dictionaries';
import { SHARED_I18N } from './shared/shared.i18n';

// Every dictionary the app registers (app.config.ts): core, shared UI, then each feature's.
const dictionaries: [string, Translations][] = [
  ['core', CORE_I18N],
  ['shared', SHARED_I18N],
  ...FEATURES.map((feature): [string, Translations] => [feature.name, feature.i18n]),
];

describe('the app dictionaries', () => {
  it('have the same keys in both languages, none empty', () => {
    for (const [name, dictionary] of dictionaries) {
      expect(Object.keys(dictionary['en-US']).sort(), name).toEqual(Object.keys(dictionary['zh-CN']).sort());
      for (const lang of LANGS) for (const text of Object.values(dictionary[lang])) expect(text.trim(), `${name} ${lang}`).not.toBe('');
    }
  });

  it('never define a key twice (a later dictionary would silently win)', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const [name, dictionary] of dictionaries) {
      for (const key of Object.keys(dictionary['zh-CN'])) {
        if (owners.has(key)) clashes.push(`${key}: ${owners.get(key)} and ${name}`);
        owners.set(key, name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('name every menu label', () => {
    const merged = mergeTranslations(dictionaries.map(([, d]) => d));
    const labels = FEATURES.flatMap((feature) => feature.menu ?? []).map((entry) => entry.labelKey);
    for (const key of [...labels, 'nav.portal', 'nav.console'])
      for (const lang of LANGS) expect(merged[lang][key], `${lang} ${key}`).toBeDefined();
  });

  it('keep the texts the pages and journeys read', () => {
    const merged = mergeTranslations(dictionaries.map(([, d]) => d));
    expect(merged['zh-CN']['auth.signIn']).toBe('登录');
    expect(merged['en-US']['members.added']).toBe('{name} was added');
    expect(merged['zh-CN']['ent.storage']).toBe('存储空间');
    expect(merged['zh-CN']['error.Tenants:MemberLimitReached']).toBe('成员数已达版本上限，请升级或购买成员扩展包');
  });
});
