import { Injectable, inject } from '@angular/core';
import { ApiClient } from '../../api/api-client';

/** Tenant-side endpoints of the Billing module: invoices and their PDFs, penalty credits. */
@Injectable({ providedIn: 'root' })
export class BillingApi {
  private readonly api = inject(ApiClient);

  invoices() {
    return this.api.get('/api/tenant/invoices');
  }

  invoice(id: string) {
    return this.api.get('/api/tenant/invoices/{id}', { path: { id } });
  }

  invoicePdf(id: string) {
    return this.api.download('/api/tenant/invoices/{id}/pdf', { path: { id } });
  }

  credits() {
    return this.api.get('/api/tenant/credits');
  }
}
