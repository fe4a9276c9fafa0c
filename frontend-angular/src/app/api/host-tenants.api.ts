import { Injectable, inject } from '@angular/core';
import { ApiClient, seg } from './api-client';
import type { AuditEntryDto, TenantDto, TenantQuery } from './models';

/** Provider-console endpoints over all tenants. */
@Injectable({ providedIn: 'root' })
export class HostTenantsApi {
  private readonly api = inject(ApiClient);

  list(query: TenantQuery = {}) {
    return this.api.get<TenantDto[]>('/api/host/tenants', { ...query });
  }

  get(id: string) {
    return this.api.get<TenantDto>(`/api/host/tenants/${seg(id)}`);
  }

  audit(id: string) {
    return this.api.get<AuditEntryDto[]>(`/api/host/tenants/${seg(id)}/audit`);
  }

  approve(id: string) {
    return this.api.post<TenantDto>(`/api/host/tenants/${seg(id)}/verification/approve`);
  }

  reject(id: string, reason: string) {
    return this.api.post<TenantDto>(`/api/host/tenants/${seg(id)}/verification/reject`, { reason });
  }

  revokeVerification(id: string, reason: string) {
    return this.api.post<TenantDto>(`/api/host/tenants/${seg(id)}/verification/revoke`, { reason });
  }

  suspend(id: string, reason: string) {
    return this.api.post<TenantDto>(`/api/host/tenants/${seg(id)}/suspend`, { reason });
  }

  reinstate(id: string) {
    return this.api.post<TenantDto>(`/api/host/tenants/${seg(id)}/reinstate`);
  }
}
