import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import type { OrderDto } from '../../../../api/models';
import { SubscriptionsApi } from '../../subscriptions.api';
import { AuthService } from '../../../../core/auth/auth.service';
import { Permissions } from '../../../../core/auth/permissions';
import { shanghaiToday } from '../../../../core/format/dates';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { LoadError } from '../../../../shared/load-error/load-error';
import { OrderStatusTag } from '../../../../shared/status-tags/order-status-tag';
import { CnyPipe } from '../../../../shared/money/money.pipe';
import { isOverdue } from '../../subscription-display';

/** The tenant's orders (GET /api/tenant/orders). */
@Component({
  selector: 'app-orders',
  imports: [
    DatePipe,
    RouterLink,
    NzPageHeaderModule,
    NzTableModule,
    NzTagModule,
    NzButtonModule,
    NzEmptyModule,
    TranslatePipe,
    LoadError,
    OrderStatusTag,
    CnyPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-page-header [nzTitle]="'nav.orders' | t" [nzSubtitle]="'orders.subtitle' | t" />
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
        [nzScroll]="{ x: '760px' }"
        data-testid="orders-table"
      >
        <thead>
          <tr>
            <th>{{ 'orders.number' | t }}</th>
            <th>{{ 'common.status' | t }}</th>
            <th nzAlign="right">{{ 'orders.total' | t }}</th>
            <th>{{ 'orders.signedAt' | t }}</th>
            <th>{{ 'orders.dueDate' | t }}</th>
            <th nzAlign="right">{{ 'common.actions' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (order of table.data; track order.id) {
            <tr [attr.data-testid]="'order-row-' + order.number">
              <td>
                <a [routerLink]="['/portal/orders', order.id]" class="mono" data-testid="order-open">{{ order.number }}</a>
              </td>
              <td><app-order-status-tag [status]="order.status" /></td>
              <td nzAlign="right">{{ order.total | cny }}</td>
              <td>{{ order.signedAt | date: 'yyyy-MM-dd' : '+0800' }}</td>
              <td>
                <span [class.overdue]="overdue(order)">{{ order.dueDate }}</span>
                @if (overdue(order)) {
                  <nz-tag nzColor="red" class="ml8">{{ 'orders.overdue' | t }}</nz-tag>
                }
              </td>
              <td nzAlign="right">
                <a nz-button nzType="link" nzSize="small" [routerLink]="['/portal/orders', order.id]">{{ 'common.details' | t }}</a>
              </td>
            </tr>
          }
        </tbody>
      </nz-table>
      <ng-template #empty>
        <nz-empty [nzNotFoundContent]="'orders.empty' | t" [nzNotFoundFooter]="canOrder ? subscribeLink : undefined" />
        <ng-template #subscribeLink
          ><a nz-button nzType="primary" routerLink="/portal/subscribe">{{ 'orders.goSubscribe' | t }}</a></ng-template
        >
      </ng-template>
    }
  `,
  styles: `
    .overdue {
      color: #cf1322;
      font-weight: 600;
    }
  `,
})
export class Orders {
  private readonly subscriptions = inject(SubscriptionsApi);
  protected readonly canOrder = inject(AuthService).hasPermission(Permissions.subscriptionOrder);
  protected readonly orders = rxResource({ stream: () => this.subscriptions.orders() });
  private readonly today = shanghaiToday();

  protected overdue(order: OrderDto): boolean {
    return isOverdue(order, this.today);
  }
}
