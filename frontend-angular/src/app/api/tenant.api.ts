import { Injectable, inject } from '@angular/core';
import { ApiClient, seg } from './api-client';
import type {
  AddMemberRequest, ApiClientDto, CreatedApiClientDto, CreditCodeCheckDto, MemberDto,
  SignUpRequest, SignUpResponse, SubmitVerificationRequest, TenantDto,
} from './models';

/** Tenant-side endpoints of the Tenants module (the signed-in user's own tenant). */
@Injectable({ providedIn: 'root' })
export class TenantApi {
  private readonly api = inject(ApiClient);

  signUp(request: SignUpRequest) {
    return this.api.post<SignUpResponse>('/api/tenants/sign-up', request);
  }

  checkCreditCode(code: string) {
    return this.api.get<CreditCodeCheckDto>(`/api/credit-codes/${seg(code)}/check`);
  }

  profile() {
    return this.api.get<TenantDto>('/api/tenant/profile');
  }

  submitVerification(request: SubmitVerificationRequest) {
    return this.api.put<TenantDto>('/api/tenant/verification', request);
  }

  members() {
    return this.api.get<MemberDto[]>('/api/tenant/members');
  }

  addMember(request: AddMemberRequest) {
    return this.api.post<MemberDto>('/api/tenant/members', request);
  }

  removeMember(id: string) {
    return this.api.delete(`/api/tenant/members/${seg(id)}`);
  }

  apiClients() {
    return this.api.get<ApiClientDto[]>('/api/tenant/api-clients');
  }

  createApiClient(name: string) {
    return this.api.post<CreatedApiClientDto>('/api/tenant/api-clients', { name });
  }

  revokeApiClient(id: string) {
    return this.api.delete(`/api/tenant/api-clients/${seg(id)}`);
  }
}
