import { describe, expect, it } from 'vitest';
import { isChanged } from './preferences-draft';

describe('notification preference drafts', () => {
  const saved = { language: 'zh-CN', mailKinds: ['subscription', 'billing'] };

  it('is unchanged without a draft or with the same settings in another order', () => {
    expect(isChanged(saved, undefined)).toBe(false);
    expect(isChanged(saved, { language: 'zh-CN', mailKinds: ['billing', 'subscription'] })).toBe(false);
  });

  it('is changed when the language or the mail kinds differ', () => {
    expect(isChanged(saved, { language: 'en-US', mailKinds: ['subscription', 'billing'] })).toBe(true);
    expect(isChanged(saved, { language: 'zh-CN', mailKinds: ['subscription'] })).toBe(true);
    expect(isChanged(saved, { language: 'zh-CN', mailKinds: [] })).toBe(true);
  });
});
