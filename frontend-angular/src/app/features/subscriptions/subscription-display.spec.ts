import { describe, expect, it } from 'vitest';
import type { QuoteDto } from '../../api/models';
import {
  daysLeftLevel,
  discountLine,
  isAwaitingPayment,
  isOverdue,
  isQuoteValid,
  priceSummary,
  termLeftPercent,
} from './subscription-display';

describe('orders', () => {
  it('accepts payments only while money is awaited', () => {
    expect(isAwaitingPayment({ status: 'PendingPayment' })).toBe(true);
    expect(isAwaitingPayment({ status: 'Overdue' })).toBe(true);
    expect(isAwaitingPayment({ status: 'Paid' })).toBe(false);
  });

  it('treats an unpaid order past its due date as overdue', () => {
    expect(isOverdue({ status: 'PendingPayment', dueDate: '2026-04-20' }, '2026-04-20')).toBe(false);
    expect(isOverdue({ status: 'PendingPayment', dueDate: '2026-04-20' }, '2026-04-21')).toBe(true);
    expect(isOverdue({ status: 'Overdue', dueDate: '2099-01-01' }, '2026-04-21')).toBe(true);
    expect(isOverdue({ status: 'Paid', dueDate: '2026-04-20' }, '2026-05-01')).toBe(false);
  });
});

describe('subscription term', () => {
  it('shows the share of the term left', () => {
    expect(termLeftPercent({ startDate: '2026-01-01', endDate: '2027-01-01', daysLeft: 365 })).toBe(100);
    expect(termLeftPercent({ startDate: '2026-01-01', endDate: '2027-01-01', daysLeft: 73 })).toBe(20);
    expect(termLeftPercent({ startDate: '2026-01-01', endDate: '2027-01-01', daysLeft: -3 })).toBe(0);
    expect(daysLeftLevel(200)).toBe('normal');
    expect(daysLeftLevel(30)).toBe('warning');
    expect(daysLeftLevel(0)).toBe('danger');
  });
});

describe('quote display', () => {
  const quote: Pick<QuoteDto, 'lines' | 'listTotal' | 'discounts' | 'total' | 'bonusMonths' | 'validUntil'> = {
    lines: [
      { kind: 'Plan', code: 'professional', name: '专业版', quantity: 1, unitPrice: 8820, amount: 8820 },
      { kind: 'AddOn', code: 'members-100', name: '100 members', quantity: 2, unitPrice: 500, amount: 1000 },
    ],
    listTotal: 9820,
    discounts: [
      { code: 'returning-customer', description: '老客户续费 9 折 Returning customer: 10% off', amount: 882 },
      { code: 'promotion', description: 'Spring: 5% off', amount: 396.9 },
      { code: 'promotion-bonus', description: 'Spring: +1 month(s)', amount: 0 },
    ],
    total: 8541.1,
    bonusMonths: 1,
    validUntil: '2026-04-01T00:00:00Z',
  };

  it('labels known discounts and keeps the server description', () => {
    expect(discountLine(quote.discounts[0])).toEqual({
      code: 'returning-customer',
      labelKey: 'discount.returningCustomer',
      description: '老客户续费 9 折 Returning customer: 10% off',
      amount: 882,
      bonus: false,
    });
    expect(discountLine({ code: 'something-new', description: 'New', amount: 1 }).labelKey).toBeNull();
    expect(discountLine(quote.discounts[2]).bonus).toBe(true);
  });

  it('summarizes lines, discounts and totals', () => {
    const summary = priceSummary(quote);
    expect(summary.lines).toHaveLength(2);
    expect(summary.discounts.map((d) => d.code)).toEqual(['returning-customer', 'promotion', 'promotion-bonus']);
    expect(summary.discountTotal).toBe(1278.9);
    expect(summary.listTotal - summary.discountTotal).toBeCloseTo(summary.total, 2);
    expect(summary.bonusMonths).toBe(1);
  });

  it('knows whether a quote can still be accepted', () => {
    expect(isQuoteValid(quote, new Date('2026-03-31T23:59:00Z'))).toBe(true);
    expect(isQuoteValid(quote, new Date('2026-04-01T00:00:01Z'))).toBe(false);
  });
});
