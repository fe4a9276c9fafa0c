import type { Translations } from '../../core/i18n/dictionaries';

/** Chinese (default) texts of the Usage feature. Add a key here first: its type is the English one's. */
const zhCN = {
  'nav.usage': '用量',

  'usage.subtitle': '各项配额的本期用量',
  'usage.empty': '暂无配额',
  'usage.quota': '配额',
  'usage.usedOfLimit': '已用 {used} / {limit}',
  'usage.period': '周期',
  'usage.periodRange': '{start} 至 {end}',
  'usage.resetsOn': '{date} 重置',
  'usage.notIncluded': '当前版本不含此配额',

  'error.Usage:QuotaExceeded': '配额已用完，请充值或续费',
};

/** English, typed as the Chinese object: a missing or extra key fails the build. */
const enUS: typeof zhCN = {
  'nav.usage': 'Usage',

  'usage.subtitle': 'Usage of each quota in the current period',
  'usage.empty': 'No quotas',
  'usage.quota': 'Quota',
  'usage.usedOfLimit': '{used} of {limit} used',
  'usage.period': 'Period',
  'usage.periodRange': '{start} to {end}',
  'usage.resetsOn': 'Resets on {date}',
  'usage.notIncluded': 'Not included in your plan',

  'error.Usage:QuotaExceeded': 'The quota is used up; top up or renew',
};

export type UsageKey = keyof typeof zhCN;

export const USAGE_I18N: Translations<UsageKey> = { 'zh-CN': zhCN, 'en-US': enUS };
