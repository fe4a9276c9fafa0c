import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ApiClient, PathsWith, toUrl } from '../../api/api-client';
import type { OpenTicketRequest, TicketAttachmentDto } from './support.models';

/** The upload route, checked against the document: the typed client sends JSON only, so the multipart body goes through HttpClient. */
const UPLOAD: PathsWith<'post'> = '/api/tenant/support/tickets/{id}/attachments';

/** Tenant-side endpoints of the Support module: tickets, their thread and files, the account manager, announcements. */
@Injectable({ providedIn: 'root' })
export class SupportApi {
  private readonly api = inject(ApiClient);
  private readonly http = inject(HttpClient);

  tickets() {
    return this.api.get('/api/tenant/support/tickets');
  }

  ticket(id: string) {
    return this.api.get('/api/tenant/support/tickets/{id}', { path: { id } });
  }

  open(request: OpenTicketRequest) {
    return this.api.post('/api/tenant/support/tickets', { body: request });
  }

  reply(id: string, body: string) {
    return this.api.post('/api/tenant/support/tickets/{id}/messages', { path: { id }, body: { body } });
  }

  close(id: string) {
    return this.api.post('/api/tenant/support/tickets/{id}/close', { path: { id } });
  }

  reopen(id: string) {
    return this.api.post('/api/tenant/support/tickets/{id}/reopen', { path: { id } });
  }

  /** multipart/form-data with the file in the field "file" (the browser sets the boundary). */
  upload(id: string, file: File) {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.post<TicketAttachmentDto>(toUrl(UPLOAD, { path: { id } }), form);
  }

  download(id: string, attachmentId: string) {
    return this.api.download('/api/tenant/support/tickets/{id}/attachments/{attachmentId}', { path: { id, attachmentId } });
  }

  accountManager() {
    return this.api.get('/api/tenant/support/account-manager');
  }

  announcements() {
    return this.api.get('/api/tenant/announcements');
  }
}
