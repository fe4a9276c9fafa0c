import { Injectable, inject } from '@angular/core';
import { ApiClient } from '../../api/api-client';
import type { AddMemberRequest, SignUpRequest, SubmitVerificationRequest } from '../../api/models';

/** Tenant-side endpoints of the Tenants module (the signed-in user's own tenant). */
@Injectable({ providedIn: 'root' })
export class TenantApi {
  private readonly api = inject(ApiClient);

  signUp(request: SignUpRequest) {
    return this.api.post('/api/tenants/sign-up', { body: request });
  }

  checkCreditCode(code: string) {
    return this.api.get('/api/credit-codes/{code}/check', { path: { code } });
  }

  profile() {
    return this.api.get('/api/tenant/profile');
  }

  submitVerification(request: SubmitVerificationRequest) {
    return this.api.put('/api/tenant/verification', { body: request });
  }

  members() {
    return this.api.get('/api/tenant/members');
  }

  addMember(request: AddMemberRequest) {
    return this.api.post('/api/tenant/members', { body: request });
  }

  removeMember(id: string) {
    return this.api.delete('/api/tenant/members/{id}', { path: { id } });
  }

  apiClients() {
    return this.api.get('/api/tenant/api-clients');
  }

  createApiClient(name: string) {
    return this.api.post('/api/tenant/api-clients', { body: { name } });
  }

  revokeApiClient(id: string) {
    return this.api.delete('/api/tenant/api-clients/{id}', { path: { id } });
  }
}
