import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { PlansApi } from '../../plans.api';
import { formatAnnualPrice } from '../../../../core/format/money';
import { I18nService } from '../../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { LoadError } from '../../../../shared/load-error/load-error';

@Component({
  selector: 'app-console-plans',
  imports: [RouterLink, NzPageHeaderModule, NzTableModule, NzButtonModule, NzTagModule, NzEmptyModule, TranslatePipe, LoadError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-page-header [nzTitle]="'nav.planEditor' | t" [nzSubtitle]="'planEditor.subtitle' | t" />
    @if (plans.error()) {
      <app-load-error [error]="plans.error()" (retry)="plans.reload()" />
    } @else {
      <nz-table
        #table
        [nzData]="plans.value() ?? []"
        [nzLoading]="plans.isLoading()"
        [nzShowPagination]="false"
        nzSize="middle"
        [nzNoResult]="empty"
        data-testid="plans-table"
      >
        <thead>
          <tr>
            <th>{{ 'planEditor.code' | t }}</th>
            <th>{{ 'planEditor.name' | t }}</th>
            <th>{{ 'planEditor.version' | t }}</th>
            <th>{{ 'planEditor.annualPrice' | t }}</th>
            <th>{{ 'planEditor.entitlementCount' | t }}</th>
            <th nzAlign="right">{{ 'common.actions' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (plan of table.data; track plan.code) {
            <tr [attr.data-testid]="'plan-row-' + plan.code">
              <td>
                <code>{{ plan.code }}</code>
              </td>
              <td>{{ plan.name }}</td>
              <td>
                <nz-tag>v{{ plan.version }}</nz-tag>
              </td>
              <td>
                @if (plan.isFree) {
                  <nz-tag nzColor="green">{{ 'plans.free' | t }}</nz-tag>
                } @else {
                  {{ price(plan.annualPrice) }}
                }
              </td>
              <td>{{ plan.entitlements.length }}</td>
              <td nzAlign="right">
                <a
                  nz-button
                  nzType="link"
                  nzSize="small"
                  [routerLink]="['/console/plans', plan.code]"
                  [attr.data-testid]="'plan-edit-' + plan.code"
                  >{{ 'common.edit' | t }}</a
                >
              </td>
            </tr>
          }
        </tbody>
      </nz-table>
      <ng-template #empty><nz-empty [nzNotFoundContent]="'plans.empty' | t" /></ng-template>
    }
  `,
})
export class ConsolePlans {
  private readonly plansApi = inject(PlansApi);
  private readonly i18n = inject(I18nService);
  protected readonly plans = rxResource({ stream: () => this.plansApi.hostPlans() });

  protected price(amount: number | string): string {
    return formatAnnualPrice(amount, this.i18n.lang());
  }
}
