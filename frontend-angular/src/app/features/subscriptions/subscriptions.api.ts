import { Injectable, inject } from '@angular/core';
import { ApiClient } from '../../api/api-client';
import type { CheckoutRequest, CreateQuoteRequest } from '../../api/models';

/**
 * Tenant-side endpoints the Subscriptions pages call: quotes, orders, the subscription and its notifications,
 * plus what they read of other modules (the catalog to order from, the verification status, card checkout and
 * the agreement PDF of an order).
 */
@Injectable({ providedIn: 'root' })
export class SubscriptionsApi {
  private readonly api = inject(ApiClient);

  createQuote(request: CreateQuoteRequest) {
    return this.api.post('/api/tenant/quotes', { body: request });
  }

  quote(id: string) {
    return this.api.get('/api/tenant/quotes/{id}', { path: { id } });
  }

  acceptQuote(id: string) {
    return this.api.post('/api/tenant/quotes/{id}/accept', { path: { id } });
  }

  orders() {
    return this.api.get('/api/tenant/orders');
  }

  order(id: string) {
    return this.api.get('/api/tenant/orders/{id}', { path: { id } });
  }

  subscription() {
    return this.api.get('/api/tenant/subscription');
  }

  renewalQuote() {
    return this.api.post('/api/tenant/subscription/renewal-quote');
  }

  notifications() {
    return this.api.get('/api/tenant/notifications');
  }

  // Plans module: what can be ordered

  catalogPlans() {
    return this.api.get('/api/catalog/plans');
  }

  addOns() {
    return this.api.get('/api/catalog/addons');
  }

  // Tenants module: only verified tenants may order the Professional plan

  tenantProfile() {
    return this.api.get('/api/tenant/profile');
  }

  // Billing module: paying an order by card, its agreement PDF

  billingConfig() {
    return this.api.get('/api/billing/config');
  }

  checkout(orderId: string, request: CheckoutRequest | null = null) {
    return this.api.post('/api/tenant/orders/{id}/checkout', { path: { id: orderId }, body: request });
  }

  agreementPdf(orderId: string) {
    return this.api.download('/api/tenant/orders/{id}/agreement.pdf', { path: { id: orderId } });
  }
}
