import { Injectable, inject } from '@angular/core';
import { ApiClient, seg } from './api-client';
import type {
  OrderDto, OrderStatus, PromotionDto, PromotionInput, SubscriptionSettingsDto, RecordBankTransferRequest, RefundRequest, SubscriptionDto, SubscriptionStatus,
} from './models';

/** Provider-console endpoints of the Subscriptions module: orders, payments, subscriptions, promotions. */
@Injectable({ providedIn: 'root' })
export class HostSubscriptionsApi {
  private readonly api = inject(ApiClient);

  orders(status: OrderStatus | null = null) {
    return this.api.get<OrderDto[]>('/api/host/orders', { status });
  }

  order(id: string) {
    return this.api.get<OrderDto>(`/api/host/orders/${seg(id)}`);
  }

  recordBankTransfer(id: string, request: RecordBankTransferRequest) {
    return this.api.post<OrderDto>(`/api/host/orders/${seg(id)}/payments`, request);
  }

  refund(id: string, request: RefundRequest) {
    return this.api.post<OrderDto>(`/api/host/orders/${seg(id)}/refund`, request);
  }

  subscriptions(status: SubscriptionStatus | null = null) {
    return this.api.get<SubscriptionDto[]>('/api/host/subscriptions', { status });
  }

  suspend(id: string, reason: string) {
    return this.api.post<SubscriptionDto>(`/api/host/subscriptions/${seg(id)}/suspend`, { reason });
  }

  reinstate(id: string) {
    return this.api.post<SubscriptionDto>(`/api/host/subscriptions/${seg(id)}/reinstate`);
  }

  terminate(id: string, reason: string) {
    return this.api.post<SubscriptionDto>(`/api/host/subscriptions/${seg(id)}/terminate`, { reason });
  }

  settings() {
    return this.api.get<SubscriptionSettingsDto>('/api/host/subscription-settings');
  }

  updateSettings(settings: SubscriptionSettingsDto) {
    return this.api.put<SubscriptionSettingsDto>('/api/host/subscription-settings', settings);
  }

  promotions() {
    return this.api.get<PromotionDto[]>('/api/host/promotions');
  }

  createPromotion(input: PromotionInput) {
    return this.api.post<PromotionDto>('/api/host/promotions', input);
  }

  updatePromotion(id: string, input: PromotionInput) {
    return this.api.put<PromotionDto>(`/api/host/promotions/${seg(id)}`, input);
  }

  deletePromotion(id: string) {
    return this.api.delete(`/api/host/promotions/${seg(id)}`);
  }
}
