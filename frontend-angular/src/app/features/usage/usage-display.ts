import type { UsageDto } from '../../api/models';
import { LEVEL_COLORS, UsageLevel } from '../../shared/status-tags/status-colors';

/** Pure display rules of the usage page (unit-tested; the component only binds them). */

/** Share of a quota used, 0–100 with one decimal; a zero limit counts as full once anything is used. */
export function usagePercent(used: number, limit: number): number {
  if (limit <= 0) return used > 0 ? 100 : 0;
  return Math.min(100, Math.round((used / limit) * 1000) / 10);
}

/** Warning above 80 %, danger when the quota is used up. */
export function usageLevel(used: number, limit: number): UsageLevel {
  if (limit <= 0 ? used > 0 : used >= limit) return 'danger';
  return usagePercent(used, limit) > 80 ? 'warning' : 'normal';
}

export interface UsageBar {
  key: string;
  period: string;
  used: number;
  limit: number;
  percent: number;
  level: UsageLevel;
  color: string;
  periodStart: string;
  periodEnd: string;
}

export function usageBar(usage: UsageDto): UsageBar {
  const level = usageLevel(usage.used, usage.limit);
  return {
    key: usage.key,
    period: usage.period,
    used: usage.used,
    limit: usage.limit,
    periodStart: usage.periodStart,
    periodEnd: usage.periodEnd,
    percent: usagePercent(usage.used, usage.limit),
    level,
    color: LEVEL_COLORS[level],
  };
}
