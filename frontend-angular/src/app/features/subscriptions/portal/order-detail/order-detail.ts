import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { catchError, firstValueFrom, of } from 'rxjs';
import { SubscriptionsApi } from '../../subscriptions.api';
import { AuthService } from '../../../../core/auth/auth.service';
import { Permissions } from '../../../../core/auth/permissions';
import { ErrorNotifier } from '../../../../core/errors/error-notifier.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { saveDownload } from '../../../../shared/download/download';
import { LoadError } from '../../../../shared/load-error/load-error';
import { OrderDetails } from '../../ui/order-details';
import { isAwaitingPayment } from '../../subscription-display';

/**
 * One order of the tenant (GET /api/tenant/orders/{id}); `id` comes from the route. "Pay by card" appears only when the
 * backend has card payments on and the order still awaits money; otherwise the bank-transfer details are the way to pay.
 */
@Component({
  selector: 'app-order-detail',
  imports: [
    RouterLink,
    NzPageHeaderModule,
    NzCardModule,
    NzSpinModule,
    NzButtonModule,
    NzIconModule,
    NzAlertModule,
    TranslatePipe,
    LoadError,
    OrderDetails,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-page-header [nzTitle]="'orders.detail' | t" [nzSubtitle]="order.value()?.number ?? ''">
      <nz-page-header-extra>
        <a nz-button routerLink="/portal/orders" data-testid="order-back"><nz-icon nzType="arrow-left" /> {{ 'orders.back' | t }}</a>
        @if (order.value(); as o) {
          <button nz-button (click)="downloadAgreement(o.id, o.number)" [nzLoading]="downloading()" data-testid="order-agreement-pdf">
            <nz-icon nzType="download" /> {{ 'orders.agreementPdf' | t }}
          </button>
        }
        <button nz-button (click)="order.reload()" [nzLoading]="order.isLoading()">
          <nz-icon nzType="reload" /> {{ 'common.refresh' | t }}
        </button>
      </nz-page-header-extra>
    </nz-page-header>
    @if (order.error()) {
      <app-load-error [error]="order.error()" (retry)="order.reload()" />
    } @else {
      <nz-spin [nzSpinning]="order.isLoading()">
        @if (order.value(); as o) {
          @if (canPayByCard()) {
            <nz-alert
              nzType="success"
              nzShowIcon
              class="block"
              [nzMessage]="'orders.cardHint' | t"
              [nzAction]="payAction"
              data-testid="order-card-payment"
            />
            <ng-template #payAction>
              <button nz-button nzType="primary" (click)="payByCard(o.id)" [nzLoading]="redirecting()" data-testid="order-pay-by-card">
                <nz-icon nzType="credit-card" /> {{ 'orders.payByCard' | t }}
              </button>
            </ng-template>
          }
          <nz-card data-testid="order-detail"><app-order-details [order]="o" /></nz-card>
        } @else {
          <div class="spin-placeholder"></div>
        }
      </nz-spin>
    }
  `,
  styles: `
    .block {
      margin-bottom: 16px;
    }
  `,
})
export class OrderDetail {
  private readonly subscriptions = inject(SubscriptionsApi);
  private readonly errors = inject(ErrorNotifier);
  private readonly auth = inject(AuthService);
  readonly id = input.required<string>();
  protected readonly order = rxResource({ params: () => this.id(), stream: ({ params }) => this.subscriptions.order(params) });
  /** Card payments off (or the config unreadable) means bank transfer only. */
  protected readonly config = rxResource({
    params: () => (this.auth.hasPermission(Permissions.billingView) ? true : undefined),
    stream: () => this.subscriptions.billingConfig().pipe(catchError(() => of(null))),
  });
  protected readonly canPayByCard = computed(() => {
    const o = this.order.value();
    return !!o && !!this.config.value()?.cardPaymentsEnabled && this.auth.hasPermission(Permissions.billingPay) && isAwaitingPayment(o);
  });
  protected readonly redirecting = signal(false);
  protected readonly downloading = signal(false);

  protected async payByCard(orderId: string): Promise<void> {
    this.redirecting.set(true);
    try {
      const returnUrl = `${location.origin}/portal/orders/${encodeURIComponent(orderId)}`;
      const session = await firstValueFrom(this.subscriptions.checkout(orderId, { returnUrl }));
      location.assign(session.url);
    } catch (error) {
      this.errors.show(error);
      this.redirecting.set(false);
    }
  }

  protected async downloadAgreement(orderId: string, number: string): Promise<void> {
    this.downloading.set(true);
    try {
      saveDownload(await firstValueFrom(this.subscriptions.agreementPdf(orderId)), `agreement-${number}.pdf`);
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.downloading.set(false);
    }
  }
}
