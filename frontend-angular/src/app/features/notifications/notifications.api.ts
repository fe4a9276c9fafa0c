import { Injectable, inject } from '@angular/core';
import { ApiClient, type Operation, type ResponseBody } from '../../api/api-client';

// The Notifications types as the operations name them (aliases of the generated schema; api/models.ts is left alone).
export type WebhookEndpointDto = ResponseBody<Operation<'/api/tenant/webhooks', 'get'>>[number];
export type WebhookCreatedDto = ResponseBody<Operation<'/api/tenant/webhooks', 'post'>>;
export type WebhookSecretDto = ResponseBody<Operation<'/api/tenant/webhooks/{id}/rotate-secret', 'post'>>;
export type WebhookEventTypeDto = ResponseBody<Operation<'/api/tenant/webhooks/event-types', 'get'>>[number];
export type WebhookDeliveryPageDto = ResponseBody<Operation<'/api/tenant/webhooks/{id}/deliveries', 'get'>>;
export type WebhookDeliveryDto = WebhookDeliveryPageDto['items'][number];
export interface WebhookRequest {
  url: string;
  description: string | null;
  eventTypes: string[];
  enabled: boolean;
}
export type MemberPreferencesDto = ResponseBody<Operation<'/api/tenant/notifications/preferences', 'get'>>[number];
export type MailLogPageDto = ResponseBody<Operation<'/api/host/notifications/mail-log', 'get'>>;
export type MailLogDto = MailLogPageDto['items'][number];
export type OutboxPageDto = ResponseBody<Operation<'/api/host/notifications/outbox', 'get'>>;
export type OutboxDeliveryDto = OutboxPageDto['items'][number];

/** Tenant-side endpoints of the Notifications module: webhooks and their deliveries, member preferences. */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly api = inject(ApiClient);

  webhooks() {
    return this.api.get('/api/tenant/webhooks');
  }

  eventTypes() {
    return this.api.get('/api/tenant/webhooks/event-types');
  }

  createWebhook(request: WebhookRequest) {
    const { url, description, eventTypes } = request;
    return this.api.post('/api/tenant/webhooks', { body: { url, description, eventTypes } });
  }

  updateWebhook(id: string, request: WebhookRequest) {
    return this.api.put('/api/tenant/webhooks/{id}', { path: { id }, body: request });
  }

  deleteWebhook(id: string) {
    return this.api.delete('/api/tenant/webhooks/{id}', { path: { id } });
  }

  rotateSecret(id: string) {
    return this.api.post('/api/tenant/webhooks/{id}/rotate-secret', { path: { id } });
  }

  deliveries(id: string, page: number, size: number) {
    return this.api.get('/api/tenant/webhooks/{id}/deliveries', { path: { id }, query: { page, size } });
  }

  resend(id: string, deliveryId: string) {
    return this.api.post('/api/tenant/webhooks/{id}/deliveries/{deliveryId}/resend', { path: { id, deliveryId } });
  }

  preferences() {
    return this.api.get('/api/tenant/notifications/preferences');
  }

  updatePreferences(userId: string, language: string, mailKinds: string[]) {
    return this.api.put('/api/tenant/notifications/preferences/{id}', { path: { id: userId }, body: { language, mailKinds } });
  }

  /** Provider console: every mail sent, newest first. */
  mailLog(page: number, size: number) {
    return this.api.get('/api/host/notifications/mail-log', { query: { page, size } });
  }

  /** Provider console: outbox deliveries by status and channel. */
  outbox(status: string | null, channel: string | null, page: number, size: number) {
    return this.api.get('/api/host/notifications/outbox', { query: { status, channel, page, size } });
  }
}
