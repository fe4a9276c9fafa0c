import { Injectable, inject } from '@angular/core';
import { ApiClient } from '../../api/api-client';
import type { TenantQuery } from '../../api/models';

/** Provider-console endpoints over all tenants. */
@Injectable({ providedIn: 'root' })
export class HostTenantsApi {
  private readonly api = inject(ApiClient);

  list(query: TenantQuery = {}) {
    return this.api.get('/api/host/tenants', { query });
  }

  get(id: string) {
    return this.api.get('/api/host/tenants/{id}', { path: { id } });
  }

  audit(id: string) {
    return this.api.get('/api/host/tenants/{id}/audit', { path: { id } });
  }

  approve(id: string) {
    return this.api.post('/api/host/tenants/{id}/verification/approve', { path: { id } });
  }

  reject(id: string, reason: string) {
    return this.api.post('/api/host/tenants/{id}/verification/reject', { path: { id }, body: { reason } });
  }

  revokeVerification(id: string, reason: string) {
    return this.api.post('/api/host/tenants/{id}/verification/revoke', { path: { id }, body: { reason } });
  }

  suspend(id: string, reason: string) {
    return this.api.post('/api/host/tenants/{id}/suspend', { path: { id }, body: { reason } });
  }

  reinstate(id: string) {
    return this.api.post('/api/host/tenants/{id}/reinstate', { path: { id } });
  }
}
