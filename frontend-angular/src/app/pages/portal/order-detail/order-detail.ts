import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { SubscriptionsApi } from '../../../api/subscriptions.api';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { LoadError } from '../../../shared/load-error/load-error';
import { OrderDetails } from '../../../shared/subscriptions/order-details';

/** One order of the tenant (GET /api/tenant/orders/{id}); `id` comes from the route. */
@Component({
  selector: 'app-order-detail',
  imports: [RouterLink, NzPageHeaderModule, NzCardModule, NzSpinModule, NzButtonModule, NzIconModule, TranslatePipe, LoadError, OrderDetails],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-page-header [nzTitle]="'orders.detail' | t" [nzSubtitle]="order.value()?.number ?? ''">
      <nz-page-header-extra>
        <a nz-button routerLink="/portal/orders" data-testid="order-back"><nz-icon nzType="arrow-left" /> {{ 'orders.back' | t }}</a>
        <button nz-button (click)="order.reload()" [nzLoading]="order.isLoading()"><nz-icon nzType="reload" /> {{ 'common.refresh' | t }}</button>
      </nz-page-header-extra>
    </nz-page-header>
    @if (order.error()) {
      <app-load-error [error]="order.error()" (retry)="order.reload()" />
    } @else {
      <nz-spin [nzSpinning]="order.isLoading()">
        @if (order.value(); as o) {
          <nz-card data-testid="order-detail"><app-order-details [order]="o" /></nz-card>
        } @else {
          <div class="spin-placeholder"></div>
        }
      </nz-spin>
    }
  `,
})
export class OrderDetail {
  private readonly subscriptions = inject(SubscriptionsApi);
  readonly id = input.required<string>();
  protected readonly order = rxResource({ params: () => this.id(), stream: ({ params }) => this.subscriptions.order(params) });
}
