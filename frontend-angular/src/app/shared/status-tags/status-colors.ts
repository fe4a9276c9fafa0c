import type { OrderStatus, SubscriptionStatus } from '../../api/models';

/** Tag colors of statuses and levels, shared by the status tags and the pages that tint by level. */

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

export type UsageLevel = 'normal' | 'warning' | 'danger';

export const LEVEL_COLORS: Record<UsageLevel, string> = { normal: '#1677ff', warning: '#faad14', danger: '#ff4d4f' };
