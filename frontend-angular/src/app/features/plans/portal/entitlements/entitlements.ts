import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { PlansApi } from '../../plans.api';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { EntitlementLabelPipe } from '../../../../shared/entitlements/entitlement-label.pipe';
import { EntitlementValue } from '../../../../shared/entitlements/entitlement-value';
import { LoadError } from '../../../../shared/load-error/load-error';

/** What the tenant's current plan grants (GET /api/tenant/entitlements). */
@Component({
  selector: 'app-entitlements',
  imports: [
    NzPageHeaderModule,
    NzTableModule,
    NzTagModule,
    NzEmptyModule,
    TranslatePipe,
    EntitlementLabelPipe,
    EntitlementValue,
    LoadError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-page-header [nzTitle]="'nav.entitlements' | t" [nzSubtitle]="'entitlements.subtitle' | t">
      <nz-page-header-extra>
        @if (data.value(); as d) {
          <nz-tag nzColor="blue" data-testid="entitlements-plan" [attr.data-plan]="d.planCode"
            >{{ d.planCode }} · v{{ d.planVersion }}</nz-tag
          >
        }
      </nz-page-header-extra>
    </nz-page-header>
    @if (data.error()) {
      <app-load-error [error]="data.error()" (retry)="data.reload()" />
    } @else {
      <nz-table
        #table
        [nzData]="data.value()?.entitlements ?? []"
        [nzLoading]="data.isLoading()"
        [nzFrontPagination]="false"
        [nzShowPagination]="false"
        nzSize="middle"
        [nzNoResult]="empty"
        data-testid="entitlements-table"
      >
        <thead>
          <tr>
            <th>{{ 'plans.entitlement' | t }}</th>
            <th nzWidth="120px">{{ 'entitlement.kind' | t }}</th>
            <th>{{ 'entitlement.value' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (e of table.data; track e.key) {
            <tr [attr.data-testid]="'entitlement-' + e.key">
              <td>
                <div>{{ e.key | entitlementLabel }}</div>
                <div class="key">{{ e.key }}</div>
              </td>
              <td>
                <nz-tag>{{ 'entitlementKind.' + e.kind | t }}</nz-tag>
              </td>
              <td><app-entitlement-value [value]="e" [note]="e.note" /></td>
            </tr>
          }
        </tbody>
      </nz-table>
      <ng-template #empty><nz-empty [nzNotFoundContent]="'entitlements.empty' | t" /></ng-template>
    }
  `,
  styles: `
    .key {
      font-size: 12px;
      color: rgba(0, 0, 0, 0.45);
      font-family: monospace;
    }
  `,
})
export class Entitlements {
  private readonly plansApi = inject(PlansApi);
  protected readonly data = rxResource({ stream: () => this.plansApi.tenantEntitlements() });
}
