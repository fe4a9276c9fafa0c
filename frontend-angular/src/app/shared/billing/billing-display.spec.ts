import { describe, expect, it } from 'vitest';
import {
  csvDataRows, dayProblems, fileNameFromDisposition, hasStatementHeader, invoiceKindKeys, invoiceStatusColor, isInvoiceOverdue, owedTotal,
  toDayInputs, yearsWithoutData,
} from './billing-display';

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
    expect(owedTotal([{ status: 'Owed', amount: 0.1 }, { status: 'Owed', amount: 0.2 }, { status: 'PaidOut', amount: 100 }])).toBe(0.3);
    expect(owedTotal([])).toBe(0);
  });

  it('reads the file name from Content-Disposition', () => {
    expect(fileNameFromDisposition('attachment; filename=inv.pdf; filename*=UTF-8\'\'%E5%8F%91%E7%A5%A8.pdf', 'x.pdf')).toBe('发票.pdf');
    expect(fileNameFromDisposition('attachment; filename="a b.pdf"', 'x.pdf')).toBe('a b.pdf');
    expect(fileNameFromDisposition('attachment; filename=plain.pdf', 'x.pdf')).toBe('plain.pdf');
    expect(fileNameFromDisposition(null, 'x.pdf')).toBe('x.pdf');
    expect(fileNameFromDisposition('inline', 'x.pdf')).toBe('x.pdf');
  });

  it('counts CSV data rows and checks the header', () => {
    const csv = 'date,amount,memo,payer,transaction_id\r\n2026-11-02,8820.00,DP-1,ACME,T1\n\n2026-11-03,1.00,x,,T2\n';
    expect(csvDataRows(csv)).toBe(2);
    expect(csvDataRows('')).toBe(0);
    expect(hasStatementHeader(csv)).toBe(true);
    expect(hasStatementHeader('\uFEFFDate, Amount,memo,payer,transaction_id')).toBe(true);
    expect(hasStatementHeader('amount,date')).toBe(false);
  });

  it('finds the current or next year missing from the calendar', () => {
    expect(yearsWithoutData([{ year: 2026, hasData: true }], 2026)).toEqual([2027]);
    expect(yearsWithoutData([{ year: 2026, hasData: true }, { year: 2027, hasData: true }], 2026)).toEqual([]);
    expect(yearsWithoutData([{ year: 2027, hasData: false }], 2026)).toEqual([2026, 2027]);
  });

  it('validates edited calendar days and builds the sorted PUT body', () => {
    const days = [
      { date: '2026-10-01', isOffDay: true, name: ' 国庆节 ' },
      { date: '', isOffDay: true, name: 'x' },
      { date: '2025-01-01', isOffDay: true, name: '元旦' },
      { date: '2026-10-01', isOffDay: true, name: 'dup' },
      { date: '2026-09-28', isOffDay: false, name: '' },
    ];
    expect([...dayProblems(days, 2026)]).toEqual([[1, 'missingDate'], [2, 'otherYear'], [3, 'duplicate'], [4, 'missingName']]);
    expect(dayProblems([days[0]], 2026).size).toBe(0);
    expect(toDayInputs([days[0], { date: '2026-09-28', isOffDay: false, name: '调休' }])).toEqual([
      { date: '2026-09-28', isOffDay: false, name: '调休' },
      { date: '2026-10-01', isOffDay: true, name: '国庆节' },
    ]);
  });
});
