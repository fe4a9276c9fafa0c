import { Injectable, inject } from '@angular/core';
import { ApiClient } from '../../api/api-client';
import type {
  OrderStatus,
  PromotionInput,
  RecordBankTransferRequest,
  RefundRequest,
  SubscriptionSettingsDto,
  SubscriptionStatus,
} from '../../api/models';

/** Provider-console endpoints of the Subscriptions module: orders, payments, subscriptions, promotions. */
@Injectable({ providedIn: 'root' })
export class HostSubscriptionsApi {
  private readonly api = inject(ApiClient);

  orders(status: OrderStatus | null = null) {
    return this.api.get('/api/host/orders', { query: { status } });
  }

  order(id: string) {
    return this.api.get('/api/host/orders/{id}', { path: { id } });
  }

  recordBankTransfer(id: string, request: RecordBankTransferRequest) {
    return this.api.post('/api/host/orders/{id}/payments', { path: { id }, body: request });
  }

  refund(id: string, request: RefundRequest) {
    return this.api.post('/api/host/orders/{id}/refund', { path: { id }, body: request });
  }

  subscriptions(status: SubscriptionStatus | null = null) {
    return this.api.get('/api/host/subscriptions', { query: { status } });
  }

  suspend(id: string, reason: string) {
    return this.api.post('/api/host/subscriptions/{id}/suspend', { path: { id }, body: { reason } });
  }

  reinstate(id: string) {
    return this.api.post('/api/host/subscriptions/{id}/reinstate', { path: { id } });
  }

  terminate(id: string, reason: string) {
    return this.api.post('/api/host/subscriptions/{id}/terminate', { path: { id }, body: { reason } });
  }

  settings() {
    return this.api.get('/api/host/subscription-settings');
  }

  updateSettings(settings: SubscriptionSettingsDto) {
    return this.api.put('/api/host/subscription-settings', { body: settings });
  }

  promotions() {
    return this.api.get('/api/host/promotions');
  }

  createPromotion(input: PromotionInput) {
    return this.api.post('/api/host/promotions', { body: input });
  }

  updatePromotion(id: string, input: PromotionInput) {
    return this.api.put('/api/host/promotions/{id}', { path: { id }, body: input });
  }

  deletePromotion(id: string) {
    return this.api.delete('/api/host/promotions/{id}', { path: { id } });
  }
}
