import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { NzTagModule } from 'ng-zorro-antd/tag';
import type { TenantStatus } from '../../api/models';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

@Component({
  selector: 'app-tenant-status-tag',
  imports: [NzTagModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<nz-tag [nzColor]="status() === 'Active' ? 'green' : 'red'" data-testid="tenant-status" [attr.data-status]="status()">{{
    'tenantStatus.' + status() | t
  }}</nz-tag>`,
})
export class TenantStatusTag {
  readonly status = input.required<TenantStatus>();
}
