import { Injectable, inject } from '@angular/core';
import { ApiClient } from '../../api/api-client';
import type { UpdatePlanRequest } from '../../api/models';

/** Plans module: public catalog, the provider's plan editor and the tenant's entitlements. */
@Injectable({ providedIn: 'root' })
export class PlansApi {
  private readonly api = inject(ApiClient);

  catalog() {
    return this.api.get('/api/catalog/plans');
  }

  comparison() {
    return this.api.get('/api/catalog/comparison');
  }

  addOns() {
    return this.api.get('/api/catalog/addons');
  }

  hostPlans() {
    return this.api.get('/api/host/plans');
  }

  updatePlan(code: string, request: UpdatePlanRequest) {
    return this.api.put('/api/host/plans/{code}', { path: { code }, body: request });
  }

  tenantEntitlements() {
    return this.api.get('/api/tenant/entitlements');
  }
}
