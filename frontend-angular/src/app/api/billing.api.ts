import { Injectable, inject } from '@angular/core';
import { ApiClient, seg } from './api-client';
import type { BillingConfigDto, CheckoutDto, CheckoutRequest, CreditDto, InvoiceDto } from './models';

/** Tenant-side endpoints of the Billing module: card checkout, invoices, agreement PDF, penalty credits. */
@Injectable({ providedIn: 'root' })
export class BillingApi {
  private readonly api = inject(ApiClient);

  config() {
    return this.api.get<BillingConfigDto>('/api/billing/config');
  }

  checkout(orderId: string, request: CheckoutRequest | null = null) {
    return this.api.post<CheckoutDto>(`/api/tenant/orders/${seg(orderId)}/checkout`, request);
  }

  invoices() {
    return this.api.get<InvoiceDto[]>('/api/tenant/invoices');
  }

  invoice(id: string) {
    return this.api.get<InvoiceDto>(`/api/tenant/invoices/${seg(id)}`);
  }

  invoicePdf(id: string) {
    return this.api.download(`/api/tenant/invoices/${seg(id)}/pdf`);
  }

  agreementPdf(orderId: string) {
    return this.api.download(`/api/tenant/orders/${seg(orderId)}/agreement.pdf`);
  }

  credits() {
    return this.api.get<CreditDto[]>('/api/tenant/credits');
  }
}
