import type { DiscountDto, OrderDto, OrderStatus, QuoteDto, SubscriptionDto, SubscriptionStatus } from '../../api/models';
import { daysBetween } from '../../core/format/dates';
import type { UsageLevel } from '../../shared/status-tags/status-colors';

/** Pure display rules of the Subscriptions pages (unit-tested; components only bind them). */

export const ORDER_STATUSES: OrderStatus[] = ['PendingPayment', 'Overdue', 'Paid', 'Lapsed', 'Refunded'];
export const SUBSCRIPTION_STATUSES: SubscriptionStatus[] = ['Active', 'Suspended', 'Expired', 'Terminated', 'Refunded'];

/** An order still waiting for money (a bank transfer may be recorded). */
export function isAwaitingPayment(order: Pick<OrderDto, 'status'>): boolean {
  return order.status === 'PendingPayment' || order.status === 'Overdue';
}

/** Overdue: marked so by the server, or still unpaid after its due date (the nightly job may not have run yet). */
export function isOverdue(order: Pick<OrderDto, 'status' | 'dueDate'>, today: string): boolean {
  return order.status === 'Overdue' || (order.status === 'PendingPayment' && order.dueDate < today);
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
