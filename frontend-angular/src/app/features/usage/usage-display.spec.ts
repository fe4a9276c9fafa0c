import { describe, expect, it } from 'vitest';
import { usageBar, usageLevel, usagePercent } from './usage-display';

describe('usage display', () => {
  it('computes the share used with one decimal, capped at 100', () => {
    expect(usagePercent(0, 1000)).toBe(0);
    expect(usagePercent(333, 1000)).toBe(33.3);
    expect(usagePercent(1200, 1000)).toBe(100);
    expect(usagePercent(0, 0)).toBe(0);
    expect(usagePercent(1, 0)).toBe(100);
  });

  it('warns above 80 % and is in danger at 100 %', () => {
    expect(usageLevel(800, 1000)).toBe('normal');
    expect(usageLevel(801, 1000)).toBe('warning');
    expect(usageLevel(999, 1000)).toBe('warning');
    expect(usageLevel(1000, 1000)).toBe('danger');
    expect(usageLevel(0, 0)).toBe('normal');
  });

  it('builds a bar with its color', () => {
    const bar = usageBar({ key: 'ding', period: 'Year', used: 950, limit: 1000, periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    expect(bar).toMatchObject({ percent: 95, level: 'warning', color: '#faad14', periodEnd: '2026-12-31' });
  });
});
