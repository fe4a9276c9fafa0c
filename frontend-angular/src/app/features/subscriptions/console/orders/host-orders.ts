import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { HostSubscriptionsApi } from '../../host-subscriptions.api';
import type { OrderDto, OrderStatus } from '../../../../api/models';
import { shanghaiToday } from '../../../../core/format/dates';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { LoadError } from '../../../../shared/load-error/load-error';
import { OrderStatusTag } from '../../../../shared/status-tags/order-status-tag';
import { CnyPipe } from '../../../../shared/money/money.pipe';
import { ORDER_STATUSES, isOverdue } from '../../subscription-display';
import { HostOrderDrawer } from './order-drawer';

/** All tenants' orders (GET /api/host/orders?status=), with a drawer to record payments and refunds. */
@Component({
  selector: 'app-host-orders',
  imports: [
    DatePipe,
    FormsModule,
    NzPageHeaderModule,
    NzTableModule,
    NzSelectModule,
    NzButtonModule,
    NzIconModule,
    NzTagModule,
    NzEmptyModule,
    TranslatePipe,
    LoadError,
    OrderStatusTag,
    CnyPipe,
    HostOrderDrawer,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-page-header [nzTitle]="'nav.hostOrders' | t" [nzSubtitle]="'hostOrders.subtitle' | t" />
    <div class="filters">
      <nz-select
        nzAllowClear
        [nzPlaceHolder]="'common.status' | t"
        [ngModel]="status()"
        (ngModelChange)="status.set($event)"
        data-testid="orders-filter-status"
      >
        @for (s of statuses; track s) {
          <nz-option [nzValue]="s" [nzLabel]="'orderStatus.' + s | t" />
        }
      </nz-select>
      <button nz-button (click)="orders.reload()" [nzLoading]="orders.isLoading()">
        <nz-icon nzType="reload" /> {{ 'common.refresh' | t }}
      </button>
    </div>
    @if (orders.error()) {
      <app-load-error [error]="orders.error()" (retry)="orders.reload()" />
    } @else {
      <nz-table
        #table
        [nzData]="orders.value() ?? []"
        [nzLoading]="orders.isLoading()"
        nzSize="middle"
        [nzPageSize]="20"
        [nzHideOnSinglePage]="true"
        [nzNoResult]="empty"
        [nzScroll]="{ x: '900px' }"
        data-testid="host-orders-table"
      >
        <thead>
          <tr>
            <th>{{ 'orders.tenant' | t }}</th>
            <th>{{ 'orders.number' | t }}</th>
            <th nzAlign="right">{{ 'orders.total' | t }}</th>
            <th>{{ 'orders.signedAt' | t }}</th>
            <th>{{ 'orders.dueDate' | t }}</th>
            <th>{{ 'common.status' | t }}</th>
            <th nzRight nzAlign="right" nzWidth="100px">{{ 'common.actions' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (order of table.data; track order.id) {
            <tr [attr.data-testid]="'host-order-row-' + order.number" [attr.data-tenant]="order.tenantName">
              <td>{{ order.tenantName }}</td>
              <td>
                <a
                  class="mono"
                  tabindex="0"
                  (click)="selected.set(order)"
                  (keydown.enter)="selected.set(order)"
                  data-testid="host-order-open"
                  >{{ order.number }}</a
                >
              </td>
              <td nzAlign="right">{{ order.total | cny }}</td>
              <td>{{ order.signedAt | date: 'yyyy-MM-dd' : '+0800' }}</td>
              <td>
                <span [class.overdue]="overdue(order)">{{ order.dueDate }}</span>
                @if (overdue(order)) {
                  <nz-tag nzColor="red" class="ml8">{{ 'orders.overdue' | t }}</nz-tag>
                }
              </td>
              <td><app-order-status-tag [status]="order.status" /></td>
              <td nzRight nzAlign="right">
                <button nz-button nzType="link" nzSize="small" (click)="selected.set(order)">{{ 'common.details' | t }}</button>
              </td>
            </tr>
          }
        </tbody>
      </nz-table>
      <ng-template #empty><nz-empty [nzNotFoundContent]="'hostOrders.empty' | t" /></ng-template>
    }
    <app-host-order-drawer [order]="selected()" (changed)="replace($event)" (closed)="selected.set(null)" />
  `,
  styles: `
    .filters {
      display: flex;
      gap: 8px;
      margin-bottom: 16px;
      flex-wrap: wrap;
    }
    .filters nz-select {
      width: 200px;
    }
    .overdue {
      color: #cf1322;
      font-weight: 600;
    }
  `,
})
export class HostOrders {
  private readonly hostApi = inject(HostSubscriptionsApi);
  protected readonly statuses = ORDER_STATUSES;
  protected readonly status = signal<OrderStatus | null>(null);
  protected readonly orders = rxResource({ params: () => this.status(), stream: ({ params }) => this.hostApi.orders(params) });
  protected readonly selected = signal<OrderDto | null>(null);
  private readonly today = shanghaiToday();

  protected overdue(order: OrderDto): boolean {
    return isOverdue(order, this.today);
  }

  /** An action returned a new copy of the order: put it in the table and the drawer. */
  protected replace(updated: OrderDto): void {
    this.orders.update((list) => (list ?? []).map((o) => (o.id === updated.id ? updated : o)));
    if (this.selected()?.id === updated.id) this.selected.set(updated);
  }
}
