import { describe, expect, it } from 'vitest';
import { daysBetween, fromIsoDate, shanghaiToday, toIsoDate } from './dates';

describe('business dates', () => {
  it('takes today in Asia/Shanghai, not in UTC', () => {
    expect(shanghaiToday(new Date('2026-03-21T17:30:00Z'))).toBe('2026-03-22');
    expect(shanghaiToday(new Date('2026-03-21T15:30:00Z'))).toBe('2026-03-21');
  });

  it('converts date picker values to and from YYYY-MM-DD', () => {
    expect(toIsoDate(new Date(2026, 2, 5))).toBe('2026-03-05');
    expect(toIsoDate(null)).toBeNull();
    expect(fromIsoDate('2026-12-31')).toEqual(new Date(2026, 11, 31));
    expect(fromIsoDate('')).toBeNull();
  });

  it('counts days between dates', () => {
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
  });
});
