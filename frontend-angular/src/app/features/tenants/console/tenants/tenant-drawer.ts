import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzDividerModule } from 'ng-zorro-antd/divider';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { of } from 'rxjs';
import { HostTenantsApi } from '../../host-tenants.api';
import type { TenantDto } from '../../../../api/models';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { LoadError } from '../../../../shared/load-error/load-error';
import { TenantStatusTag } from '../../../../shared/status-tags/tenant-status-tag';
import { VerificationStatusTag } from '../../../../shared/status-tags/verification-status-tag';

/** A tenant's details and its audit log (GET /api/host/tenants/{id}/audit). */
@Component({
  selector: 'app-tenant-drawer',
  imports: [
    DatePipe,
    NzDrawerModule,
    NzDescriptionsModule,
    NzDividerModule,
    NzTimelineModule,
    NzSpinModule,
    NzEmptyModule,
    TranslatePipe,
    LoadError,
    TenantStatusTag,
    VerificationStatusTag,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tenant-drawer.html',
})
export class TenantDrawer {
  private readonly hostTenants = inject(HostTenantsApi);
  readonly tenant = input<TenantDto | null>(null);
  readonly closed = output<void>();

  protected readonly audit = rxResource({
    // reloads when the tenant changes or an action returned a new copy of it
    params: () => this.tenant(),
    stream: ({ params }) => (params ? this.hostTenants.audit(params.id) : of([])),
  });
}
