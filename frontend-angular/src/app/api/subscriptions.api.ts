import { Injectable, inject } from '@angular/core';
import { ApiClient, seg } from './api-client';
import type { CreateQuoteRequest, NotificationDto, OrderDto, QuoteDto, TenantSubscriptionDto, UsageDto } from './models';

/** Tenant-side endpoints of the Subscriptions module: quotes, orders, the subscription, usage. */
@Injectable({ providedIn: 'root' })
export class SubscriptionsApi {
  private readonly api = inject(ApiClient);

  createQuote(request: CreateQuoteRequest) {
    return this.api.post<QuoteDto>('/api/tenant/quotes', request);
  }

  quote(id: string) {
    return this.api.get<QuoteDto>(`/api/tenant/quotes/${seg(id)}`);
  }

  acceptQuote(id: string) {
    return this.api.post<OrderDto>(`/api/tenant/quotes/${seg(id)}/accept`);
  }

  orders() {
    return this.api.get<OrderDto[]>('/api/tenant/orders');
  }

  order(id: string) {
    return this.api.get<OrderDto>(`/api/tenant/orders/${seg(id)}`);
  }

  subscription() {
    return this.api.get<TenantSubscriptionDto>('/api/tenant/subscription');
  }

  renewalQuote() {
    return this.api.post<QuoteDto>('/api/tenant/subscription/renewal-quote');
  }

  usage() {
    return this.api.get<UsageDto[]>('/api/tenant/usage');
  }

  notifications() {
    return this.api.get<NotificationDto[]>('/api/tenant/notifications');
  }
}
