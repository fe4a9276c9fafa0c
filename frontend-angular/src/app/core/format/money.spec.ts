import { describe, expect, it } from 'vitest';
import { formatAmount, formatAnnualPrice, formatCny } from './money';

describe('money formatting', () => {
  it('formats CNY amounts with thousands separators and two decimals', () => {
    expect(formatAmount(8820)).toBe('8,820.00');
    expect(formatAmount('7938')).toBe('7,938.00');
    expect(formatAmount(17.64)).toBe('17.64');
    expect(formatAmount(null)).toBe('—');
  });

  it('formats an annual price per language', () => {
    expect(formatAnnualPrice(8820, 'zh-CN')).toBe('8,820.00 CNY/年');
    expect(formatAnnualPrice(8820, 'en-US')).toBe('CNY 8,820.00 / year');
  });

  it('formats money with the yuan sign, discounts negative', () => {
    expect(formatCny(8820)).toBe('¥8,820.00');
    expect(formatCny(882, { negative: true })).toBe('-¥882.00');
    expect(formatCny(0, { negative: true })).toBe('¥0.00');
    expect(formatCny(undefined)).toBe('—');
  });
});
