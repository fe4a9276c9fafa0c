import { Injectable, inject } from '@angular/core';
import { ApiClient } from '../../api/api-client';
import type { PublishAnnouncementRequest, StaffMessageRequest, TicketStatus, UpdateSupportSettingsRequest } from './support.models';

export interface QueueFilter {
  status: TicketStatus | null;
  assigneeId: string | null;
  tenantId: string | null;
}

/** Provider-console endpoints of the Support module: the queue, a ticket's thread, assignment, staff, account managers. */
@Injectable({ providedIn: 'root' })
export class HostSupportApi {
  private readonly api = inject(ApiClient);

  /** Already sorted by the server: breached first, then by first-response deadline. */
  queue(filter: QueueFilter) {
    return this.api.get('/api/host/support/tickets', { query: { ...filter } });
  }

  ticket(id: string) {
    return this.api.get('/api/host/support/tickets/{id}', { path: { id } });
  }

  post(id: string, request: StaffMessageRequest) {
    return this.api.post('/api/host/support/tickets/{id}/messages', { path: { id }, body: request });
  }

  setStatus(id: string, status: TicketStatus) {
    return this.api.post('/api/host/support/tickets/{id}/status', { path: { id }, body: { status } });
  }

  assign(ticketIds: string[], assigneeId: string | null) {
    return this.api.post('/api/host/support/tickets/assign', { body: { ticketIds, assigneeId } });
  }

  download(id: string, attachmentId: string) {
    return this.api.download('/api/host/support/tickets/{id}/attachments/{attachmentId}', { path: { id, attachmentId } });
  }

  staff() {
    return this.api.get('/api/host/support/staff');
  }

  accountManagers() {
    return this.api.get('/api/host/support/account-managers');
  }

  /** Tenants module: every tenant, for the tenant filter and an announcement's audience. */
  tenants() {
    return this.api.get('/api/host/tenants');
  }

  announcements() {
    return this.api.get('/api/host/announcements');
  }

  publish(request: PublishAnnouncementRequest) {
    return this.api.post('/api/host/announcements', { body: request });
  }

  withdraw(id: string) {
    return this.api.delete('/api/host/announcements/{id}', { path: { id } });
  }

  sla(month: string | null) {
    return this.api.get('/api/host/support/sla', { query: { month } });
  }

  settings() {
    return this.api.get('/api/host/support/settings');
  }

  saveSettings(request: UpdateSupportSettingsRequest) {
    return this.api.put('/api/host/support/settings', { body: request });
  }

  reassign(tenantId: string, staffUserId: string) {
    return this.api.put('/api/host/support/account-managers/{tenantId}', { path: { tenantId }, body: { staffUserId } });
  }
}
