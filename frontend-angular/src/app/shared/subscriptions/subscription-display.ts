import type { DiscountDto, OrderDto, OrderStatus, QuoteDto, SubscriptionDto, SubscriptionStatus, UsageDto } from '../../api/models';
import { daysBetween } from '../../core/format/dates';

/** Pure display rules of the Subscriptions pages (unit-tested; components only bind them). */

export const ORDER_STATUSES: OrderStatus[] = ['PendingPayment', 'Overdue', 'Paid', 'Lapsed', 'Refunded'];
export const SUBSCRIPTION_STATUSES: SubscriptionStatus[] = ['Active', 'Suspended', 'Expired', 'Terminated', 'Refunded'];

const ORDER_COLORS: Record<OrderStatus, string> = {
  PendingPayment: 'processing',
  Overdue: 'warning',
  Paid: 'success',
  Lapsed: 'default',
  Refunded: 'purple',
};

const SUBSCRIPTION_COLORS: Record<SubscriptionStatus, string> = {
  Active: 'success',
  Suspended: 'warning',
  Expired: 'default',
  Terminated: 'error',
  Refunded: 'purple',
};

export function orderStatusColor(status: OrderStatus): string {
  return ORDER_COLORS[status] ?? 'default';
}

export function subscriptionStatusColor(status: SubscriptionStatus): string {
  return SUBSCRIPTION_COLORS[status] ?? 'default';
}

/** An order still waiting for money (a bank transfer may be recorded). */
export function isAwaitingPayment(order: Pick<OrderDto, 'status'>): boolean {
  return order.status === 'PendingPayment' || order.status === 'Overdue';
}

/** Overdue: marked so by the server, or still unpaid after its due date (the nightly job may not have run yet). */
export function isOverdue(order: Pick<OrderDto, 'status' | 'dueDate'>, today: string): boolean {
  return order.status === 'Overdue' || (order.status === 'PendingPayment' && order.dueDate < today);
}

export type UsageLevel = 'normal' | 'warning' | 'danger';

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

export const LEVEL_COLORS: Record<UsageLevel, string> = { normal: '#1677ff', warning: '#faad14', danger: '#ff4d4f' };

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
    key: usage.key, period: usage.period, used: usage.used, limit: usage.limit, periodStart: usage.periodStart, periodEnd: usage.periodEnd,
    percent: usagePercent(usage.used, usage.limit), level, color: LEVEL_COLORS[level],
  };
}

/** How much of the term is left, 0–100, for the days-left progress bar. */
export function termLeftPercent(subscription: Pick<SubscriptionDto, 'startDate' | 'endDate' | 'daysLeft'>): number {
  const total = daysBetween(subscription.startDate, subscription.endDate);
  if (total <= 0) return 0;
  return Math.max(0, Math.min(100, Math.round((subscription.daysLeft / total) * 100)));
}

/** Days-left tone: ends within 30 days → warning, ended → danger. */
export function daysLeftLevel(daysLeft: number): UsageLevel {
  if (daysLeft <= 0) return 'danger';
  return daysLeft <= 30 ? 'warning' : 'normal';
}

export interface DiscountLine {
  code: string;
  /** Translation key for a known discount kind, else null (show the server's description). */
  labelKey: string | null;
  description: string;
  amount: number;
  /** Bonus time rather than money: show the months, not "-¥0.00". */
  bonus: boolean;
}

const DISCOUNT_LABELS: Record<string, string> = {
  'returning-customer': 'discount.returningCustomer',
  promotion: 'discount.promotion',
  'promotion-bonus': 'discount.promotionBonus',
};

export function discountLine(discount: DiscountDto): DiscountLine {
  return {
    code: discount.code,
    labelKey: DISCOUNT_LABELS[discount.code] ?? null,
    description: discount.description,
    amount: Number(discount.amount),
    bonus: discount.code === 'promotion-bonus' || (discount.code.endsWith('bonus') && Number(discount.amount) === 0),
  };
}

/** What a quote or an order shows in its price summary. */
export interface PriceSummary {
  lines: QuoteDto['lines'];
  listTotal: number;
  discounts: DiscountLine[];
  discountTotal: number;
  total: number;
  bonusMonths: number;
}

export function priceSummary(priced: Pick<QuoteDto, 'lines' | 'listTotal' | 'discounts' | 'total' | 'bonusMonths'>): PriceSummary {
  const discounts = priced.discounts.map(discountLine);
  return {
    lines: priced.lines,
    listTotal: Number(priced.listTotal),
    discounts,
    discountTotal: Math.round(discounts.reduce((sum, d) => sum + d.amount, 0) * 100) / 100,
    total: Number(priced.total),
    bonusMonths: priced.bonusMonths,
  };
}

/** A quote can still be accepted until its validUntil instant. */
export function isQuoteValid(quote: Pick<QuoteDto, 'validUntil'>, now: Date = new Date()): boolean {
  return new Date(quote.validUntil).getTime() > now.getTime();
}
