import { Injectable, inject } from '@angular/core';
import { ApiClient } from '../../api/api-client';

/** Tenant-side endpoints of metering: the current period's usage of each quota. */
@Injectable({ providedIn: 'root' })
export class UsageApi {
  private readonly api = inject(ApiClient);

  usage() {
    return this.api.get('/api/tenant/usage');
  }
}
