import type { CreditStatus, InvoiceDto, InvoiceStatus, StatementLineStatus } from '../../api/models';

/** Pure display rules of the Billing pages (unit-tested; components only bind them). */

export const INVOICE_STATUSES: InvoiceStatus[] = ['Pending', 'Issued', 'Cancelled', 'Reversed'];

const INVOICE_COLORS: Record<InvoiceStatus, string> = {
  Pending: 'processing',
  Issued: 'success',
  Cancelled: 'default',
  Reversed: 'purple',
};
const CREDIT_COLORS: Record<CreditStatus, string> = { Owed: 'warning', AppliedToOrder: 'success', PaidOut: 'success' };
const LINE_COLORS: Record<StatementLineStatus, string> = { Matched: 'success', Unmatched: 'warning', Resolved: 'blue' };

export function invoiceStatusColor(status: InvoiceStatus): string {
  return INVOICE_COLORS[status] ?? 'default';
}

export function creditStatusColor(status: CreditStatus): string {
  return CREDIT_COLORS[status] ?? 'default';
}

export function statementLineColor(status: StatementLineStatus): string {
  return LINE_COLORS[status] ?? 'default';
}

/** Translation keys of an invoice's kind: 专用/普通, plus 红字 for a red-letter (reversing) invoice. */
export function invoiceKindKeys(invoice: Pick<InvoiceDto, 'kind' | 'isRedLetter'>): string[] {
  const keys = [`invoiceKind.${invoice.kind}`];
  if (invoice.isRedLetter) keys.push('invoices.redLetter');
  return keys;
}

/** Pending past its deadline (the server's flag, or a deadline before today when the flag lags). */
export function isInvoiceOverdue(invoice: Pick<InvoiceDto, 'status' | 'isOverdue' | 'deadline'>, today: string): boolean {
  return invoice.status === 'Pending' && (invoice.isOverdue || invoice.deadline < today);
}

/** Sum of the credits still owed to the tenant (2 decimals). */
export function owedTotal(credits: readonly { status: CreditStatus; amount: number }[]): number {
  const cents = credits.filter((c) => c.status === 'Owed').reduce((sum, c) => sum + Math.round(c.amount * 100), 0);
  return cents / 100;
}

/** Data rows of a bank statement CSV (header and blank lines excluded); for the "n lines" hint before import. */
export function csvDataRows(csv: string): number {
  const lines = csv.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (!lines.length) return 0;
  return /^\s*date\s*,/i.test(lines[0]) ? lines.length - 1 : lines.length;
}

/** Whether the text starts with the header the backend expects. */
export function hasStatementHeader(csv: string): boolean {
  const first = csv.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  const cols = first
    .replace(/^\uFEFF/, '')
    .split(',')
    .map((c) => c.trim().toLowerCase());
  return ['date', 'amount', 'memo', 'payer', 'transaction_id'].every((c, i) => cols[i] === c);
}
