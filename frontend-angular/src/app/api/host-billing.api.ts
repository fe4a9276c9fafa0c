import { Injectable, inject } from '@angular/core';
import { ApiClient, seg } from './api-client';
import type {
  CreditDto, HostPaymentDto, ImportStatementRequest, ImportStatementResult, InvoiceDto, InvoiceStatus, IssueInvoiceRequest, SettleCreditRequest,
  StatementLineDto, StatementLineStatus,
} from './models';

/** Provider-console endpoints of the Billing module: invoice queue, payments, bank statements, credits. */
@Injectable({ providedIn: 'root' })
export class HostBillingApi {
  private readonly api = inject(ApiClient);

  /** Already sorted by the server: pending first, by deadline. */
  invoices(status: InvoiceStatus | null = null) {
    return this.api.get<InvoiceDto[]>('/api/host/invoices', { status });
  }

  issue(id: string, request: IssueInvoiceRequest) {
    return this.api.post<InvoiceDto>(`/api/host/invoices/${seg(id)}/issue`, request);
  }

  invoicePdf(id: string) {
    return this.api.download(`/api/host/invoices/${seg(id)}/pdf`);
  }

  agreementPdf(orderId: string) {
    return this.api.download(`/api/host/orders/${seg(orderId)}/agreement.pdf`);
  }

  payments() {
    return this.api.get<HostPaymentDto[]>('/api/host/payments');
  }

  credits() {
    return this.api.get<CreditDto[]>('/api/host/credits');
  }

  settle(id: string, request: SettleCreditRequest) {
    return this.api.post<CreditDto>(`/api/host/credits/${seg(id)}/settle`, request);
  }

  importStatement(request: ImportStatementRequest) {
    return this.api.post<ImportStatementResult>('/api/host/bank-statements', request);
  }

  statementLines(status: StatementLineStatus | null = null) {
    return this.api.get<StatementLineDto[]>('/api/host/bank-statement-lines', { status });
  }

  resolveLine(id: string, orderId: string) {
    return this.api.post<StatementLineDto>(`/api/host/bank-statement-lines/${seg(id)}/resolve`, { orderId });
  }
}
