import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzListModule } from 'ng-zorro-antd/list';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalService } from 'ng-zorro-antd/modal';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { firstValueFrom } from 'rxjs';
import type { QuoteDto } from '../../../../api/models';
import { SubscriptionsApi } from '../../subscriptions.api';
import { AuthService } from '../../../../core/auth/auth.service';
import { Permissions } from '../../../../core/auth/permissions';
import { ErrorNotifier } from '../../../../core/errors/error-notifier.service';
import { formatCny } from '../../../../core/format/money';
import { I18nService } from '../../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { EntitlementLabelPipe } from '../../../../shared/entitlements/entitlement-label.pipe';
import { LoadError } from '../../../../shared/load-error/load-error';
import { SubscriptionStatusTag } from '../../../../shared/status-tags/subscription-status-tag';
import { PriceSummary } from '../../ui/price-summary';
import { LEVEL_COLORS } from '../../../../shared/status-tags/status-colors';
import { daysLeftLevel, termLeftPercent } from '../../subscription-display';

/** The tenant's subscription, its renewal offer and notifications (GET /api/tenant/subscription, /notifications). */
@Component({
  selector: 'app-subscription',
  imports: [
    DatePipe,
    RouterLink,
    NzPageHeaderModule,
    NzCardModule,
    NzDescriptionsModule,
    NzProgressModule,
    NzTimelineModule,
    NzListModule,
    NzGridModule,
    NzButtonModule,
    NzIconModule,
    NzTagModule,
    NzAlertModule,
    NzSpinModule,
    NzEmptyModule,
    TranslatePipe,
    EntitlementLabelPipe,
    LoadError,
    SubscriptionStatusTag,
    PriceSummary,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './subscription.html',
  styles: `
    nz-card {
      margin-bottom: 16px;
    }
    .days {
      display: flex;
      align-items: center;
      gap: 16px;
    }
    .days nz-progress {
      flex: 1;
    }
    .actions {
      margin-top: 16px;
      display: flex;
      justify-content: flex-end;
      gap: 8px;
    }
  `,
})
export class Subscription {
  private readonly subscriptions = inject(SubscriptionsApi);
  private readonly errors = inject(ErrorNotifier);
  private readonly message = inject(NzMessageService);
  private readonly modal = inject(NzModalService);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);

  protected readonly canOrder = inject(AuthService).hasPermission(Permissions.subscriptionOrder);
  protected readonly view = rxResource({ stream: () => this.subscriptions.subscription() });
  protected readonly notifications = rxResource({ stream: () => this.subscriptions.notifications() });
  /** A renewal quote fetched on this page, shown when the server has no offer yet. */
  private readonly fetchedQuote = signal<QuoteDto | null>(null);
  protected readonly offer = computed(() => this.view.value()?.renewalOffer ?? this.fetchedQuote());
  protected readonly busy = signal(false);

  protected readonly termPercent = computed(() => {
    const current = this.view.value()?.current;
    return current ? termLeftPercent(current) : 0;
  });
  protected readonly daysColor = computed(() => LEVEL_COLORS[daysLeftLevel(this.view.value()?.current?.daysLeft ?? 0)]);

  protected async getRenewalQuote(): Promise<void> {
    this.busy.set(true);
    try {
      this.fetchedQuote.set(await firstValueFrom(this.subscriptions.renewalQuote()));
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.busy.set(false);
    }
  }

  protected acceptOffer(quote: QuoteDto): void {
    this.modal.confirm({
      nzTitle: this.i18n.t('subscription.acceptRenewalTitle'),
      nzContent: this.i18n.t('subscribe.acceptText', { total: formatCny(quote.total) }),
      nzOkText: this.i18n.t('subscription.acceptRenewal'),
      nzCancelText: this.i18n.t('common.cancel'),
      nzOnOk: () => this.accept(quote),
    });
  }

  private async accept(quote: QuoteDto): Promise<void> {
    this.busy.set(true);
    try {
      const order = await firstValueFrom(this.subscriptions.acceptQuote(quote.id));
      this.message.success(this.i18n.t('subscribe.accepted', { number: order.number }));
      await this.router.navigate(['/portal/orders', order.id]);
    } catch (error) {
      this.errors.show(error);
      this.fetchedQuote.set(null);
      this.view.reload();
    } finally {
      this.busy.set(false);
    }
  }
}
