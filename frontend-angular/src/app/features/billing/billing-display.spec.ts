import { describe, expect, it } from 'vitest';
import { csvDataRows, hasStatementHeader, invoiceKindKeys, invoiceStatusColor, isInvoiceOverdue, owedTotal } from './billing-display';

describe('billing display rules', () => {
  it('names the invoice kind, adding 红字 for red-letter invoices', () => {
    expect(invoiceKindKeys({ kind: 'Special', isRedLetter: false })).toEqual(['invoiceKind.Special']);
    expect(invoiceKindKeys({ kind: 'Ordinary', isRedLetter: true })).toEqual(['invoiceKind.Ordinary', 'invoices.redLetter']);
  });

  it('colors invoice statuses', () => {
    expect(invoiceStatusColor('Pending')).toBe('processing');
    expect(invoiceStatusColor('Issued')).toBe('success');
  });

  it('flags pending invoices past the deadline only', () => {
    expect(isInvoiceOverdue({ status: 'Pending', isOverdue: true, deadline: '2026-12-01' }, '2026-11-28')).toBe(true);
    expect(isInvoiceOverdue({ status: 'Pending', isOverdue: false, deadline: '2026-11-27' }, '2026-11-28')).toBe(true);
    expect(isInvoiceOverdue({ status: 'Pending', isOverdue: false, deadline: '2026-11-28' }, '2026-11-28')).toBe(false);
    expect(isInvoiceOverdue({ status: 'Issued', isOverdue: true, deadline: '2026-11-01' }, '2026-11-28')).toBe(false);
  });

  it('sums owed credits to the cent', () => {
    expect(
      owedTotal([
        { status: 'Owed', amount: 0.1 },
        { status: 'Owed', amount: 0.2 },
        { status: 'PaidOut', amount: 100 },
      ]),
    ).toBe(0.3);
    expect(owedTotal([])).toBe(0);
  });

  it('counts CSV data rows and checks the header', () => {
    const csv = 'date,amount,memo,payer,transaction_id\r\n2026-11-02,8820.00,DP-1,ACME,T1\n\n2026-11-03,1.00,x,,T2\n';
    expect(csvDataRows(csv)).toBe(2);
    expect(csvDataRows('')).toBe(0);
    expect(hasStatementHeader(csv)).toBe(true);
    expect(hasStatementHeader('\uFEFFDate, Amount,memo,payer,transaction_id')).toBe(true);
    expect(hasStatementHeader('amount,date')).toBe(false);
  });
});
