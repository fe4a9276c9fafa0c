import { Injectable, inject } from '@angular/core';
import { ApiClient, seg } from './api-client';
import type { AddOnPackDto, PlanComparisonDto, PlanDto, TenantEntitlementsDto, UpdatePlanRequest } from './models';

/** Plans module: public catalog, the provider's plan editor and the tenant's entitlements. */
@Injectable({ providedIn: 'root' })
export class PlansApi {
  private readonly api = inject(ApiClient);

  catalog() {
    return this.api.get<PlanDto[]>('/api/catalog/plans');
  }

  comparison() {
    return this.api.get<PlanComparisonDto>('/api/catalog/comparison');
  }

  addOns() {
    return this.api.get<AddOnPackDto[]>('/api/catalog/addons');
  }

  hostPlans() {
    return this.api.get<PlanDto[]>('/api/host/plans');
  }

  updatePlan(code: string, request: UpdatePlanRequest) {
    return this.api.put<PlanDto>(`/api/host/plans/${seg(code)}`, request);
  }

  tenantEntitlements() {
    return this.api.get<TenantEntitlementsDto>('/api/tenant/entitlements');
  }
}
