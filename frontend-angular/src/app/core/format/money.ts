import type { Lang } from '../i18n/dictionaries';

const amountFormat = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 8820 → "8,820.00". Accepts the string form some OpenAPI number schemas allow. */
export function formatAmount(value: number | string | null | undefined): string {
  const amount = typeof value === 'string' ? Number(value) : value;
  return amount === null || amount === undefined || Number.isNaN(amount) ? '—' : amountFormat.format(amount);
}

/** Annual price: "8,820.00 CNY/年" in Chinese, "CNY 8,820.00 / year" in English. */
export function formatAnnualPrice(value: number | string | null | undefined, lang: Lang): string {
  const amount = formatAmount(value);
  return lang === 'zh-CN' ? `${amount} CNY/年` : `CNY ${amount} / year`;
}

/** An amount of money: "¥8,820.00"; a discount shows as "-¥882.00". */
export function formatCny(value: number | string | null | undefined, { negative = false } = {}): string {
  const amount = formatAmount(value);
  if (amount === '—') return amount;
  return negative && Number(value) !== 0 ? `-¥${amount}` : `¥${amount}`;
}
