import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzTableModule } from 'ng-zorro-antd/table';
import { HostBillingApi } from '../../host-billing.api';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { LoadError } from '../../../../shared/load-error/load-error';
import { CnyPipe } from '../../../../shared/money/money.pipe';

/** Every payment received, all tenants (GET /api/host/payments). */
@Component({
  selector: 'app-host-payments',
  imports: [DatePipe, NzPageHeaderModule, NzTableModule, NzButtonModule, NzIconModule, NzEmptyModule, TranslatePipe, LoadError, CnyPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-page-header [nzTitle]="'nav.hostPayments' | t" [nzSubtitle]="'payments.subtitle' | t">
      <nz-page-header-extra>
        <button nz-button (click)="payments.reload()" [nzLoading]="payments.isLoading()">
          <nz-icon nzType="reload" /> {{ 'common.refresh' | t }}
        </button>
      </nz-page-header-extra>
    </nz-page-header>
    @if (payments.error()) {
      <app-load-error [error]="payments.error()" (retry)="payments.reload()" />
    } @else {
      <nz-table
        #table
        [nzData]="payments.value() ?? []"
        [nzLoading]="payments.isLoading()"
        nzSize="middle"
        [nzPageSize]="20"
        [nzHideOnSinglePage]="true"
        [nzNoResult]="empty"
        [nzScroll]="{ x: '900px' }"
        data-testid="host-payments-table"
      >
        <thead>
          <tr>
            <th>{{ 'orders.paidOn' | t }}</th>
            <th>{{ 'orders.tenant' | t }}</th>
            <th>{{ 'invoices.order' | t }}</th>
            <th>{{ 'orders.method' | t }}</th>
            <th>{{ 'orders.reference' | t }}</th>
            <th nzAlign="right">{{ 'price.amount' | t }}</th>
            <th>{{ 'orders.recordedAt' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (p of table.data; track p.id) {
            <tr [attr.data-testid]="'payment-row-' + p.orderNumber">
              <td>{{ p.paidOn }}</td>
              <td>{{ p.tenantName }}</td>
              <td class="mono">{{ p.orderNumber }}</td>
              <td>{{ 'paymentMethod.' + p.method | t }}</td>
              <td>
                <code>{{ p.reference }}</code>
              </td>
              <td nzAlign="right">{{ p.amount | cny }}</td>
              <td>{{ p.recordedAt | date: 'yyyy-MM-dd HH:mm' : '+0800' }}</td>
            </tr>
          }
        </tbody>
      </nz-table>
      <ng-template #empty><nz-empty [nzNotFoundContent]="'orders.noPayments' | t" /></ng-template>
    }
  `,
})
export class HostPayments {
  private readonly hostApi = inject(HostBillingApi);
  protected readonly payments = rxResource({ stream: () => this.hostApi.payments() });
}
