import { Injectable, inject } from '@angular/core';
import { ApiClient } from '../../api/api-client';
import type {
  ImportStatementRequest,
  InvoiceStatus,
  IssueInvoiceRequest,
  OrderStatus,
  SettleCreditRequest,
  StatementLineStatus,
} from '../../api/models';

/** Provider-console endpoints of the Billing module: invoice queue, payments, bank statements, credits. */
@Injectable({ providedIn: 'root' })
export class HostBillingApi {
  private readonly api = inject(ApiClient);

  /** Already sorted by the server: pending first, by deadline. */
  invoices(status: InvoiceStatus | null = null) {
    return this.api.get('/api/host/invoices', { query: { status } });
  }

  issue(id: string, request: IssueInvoiceRequest) {
    return this.api.post('/api/host/invoices/{id}/issue', { path: { id }, body: request });
  }

  invoicePdf(id: string) {
    return this.api.download('/api/host/invoices/{id}/pdf', { path: { id } });
  }

  agreementPdf(orderId: string) {
    return this.api.download('/api/host/orders/{id}/agreement.pdf', { path: { id: orderId } });
  }

  payments() {
    return this.api.get('/api/host/payments');
  }

  credits() {
    return this.api.get('/api/host/credits');
  }

  settle(id: string, request: SettleCreditRequest) {
    return this.api.post('/api/host/credits/{id}/settle', { path: { id }, body: request });
  }

  importStatement(request: ImportStatementRequest) {
    return this.api.post('/api/host/bank-statements', { body: request });
  }

  statementLines(status: StatementLineStatus | null = null) {
    return this.api.get('/api/host/bank-statement-lines', { query: { status } });
  }

  resolveLine(id: string, orderId: string) {
    return this.api.post('/api/host/bank-statement-lines/{id}/resolve', { path: { id }, body: { orderId } });
  }

  /** Subscriptions module: the orders an unmatched statement line can be resolved to. */
  orders(status: OrderStatus) {
    return this.api.get('/api/host/orders', { query: { status } });
  }
}
