import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDropDownModule } from 'ng-zorro-antd/dropdown';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalService } from 'ng-zorro-antd/modal';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { Observable, firstValueFrom } from 'rxjs';
import { HostSubscriptionsApi } from '../../host-subscriptions.api';
import type { SubscriptionDto, SubscriptionStatus } from '../../../../api/models';
import { AuthService } from '../../../../core/auth/auth.service';
import { Permissions } from '../../../../core/auth/permissions';
import { ErrorNotifier } from '../../../../core/errors/error-notifier.service';
import { I18nService } from '../../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { LoadError } from '../../../../shared/load-error/load-error';
import { ReasonDialog } from '../../../../shared/reason-dialog/reason-dialog.service';
import { SubscriptionStatusTag } from '../../../../shared/status-tags/subscription-status-tag';
import { SUBSCRIPTION_STATUSES, daysLeftLevel } from '../../subscription-display';

/** All Professional subscriptions (GET /api/host/subscriptions?status=): suspend, reinstate, terminate. */
@Component({
  selector: 'app-host-subscriptions',
  imports: [
    FormsModule,
    NzPageHeaderModule,
    NzTableModule,
    NzSelectModule,
    NzButtonModule,
    NzIconModule,
    NzDropDownModule,
    NzEmptyModule,
    TranslatePipe,
    LoadError,
    SubscriptionStatusTag,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-page-header [nzTitle]="'nav.hostSubscriptions' | t" [nzSubtitle]="'hostSubscriptions.subtitle' | t" />
    <div class="filters">
      <nz-select
        nzAllowClear
        [nzPlaceHolder]="'common.status' | t"
        [ngModel]="status()"
        (ngModelChange)="status.set($event)"
        data-testid="subscriptions-filter-status"
      >
        @for (s of statuses; track s) {
          <nz-option [nzValue]="s" [nzLabel]="'subscriptionStatus.' + s | t" />
        }
      </nz-select>
      <button nz-button (click)="subscriptions.reload()" [nzLoading]="subscriptions.isLoading()">
        <nz-icon nzType="reload" /> {{ 'common.refresh' | t }}
      </button>
    </div>
    @if (subscriptions.error()) {
      <app-load-error [error]="subscriptions.error()" (retry)="subscriptions.reload()" />
    } @else {
      <nz-table
        #table
        [nzData]="subscriptions.value() ?? []"
        [nzLoading]="subscriptions.isLoading()"
        nzSize="middle"
        [nzPageSize]="20"
        [nzHideOnSinglePage]="true"
        [nzNoResult]="empty"
        [nzScroll]="{ x: '860px' }"
        data-testid="host-subscriptions-table"
      >
        <thead>
          <tr>
            <th>{{ 'orders.tenant' | t }}</th>
            <th>{{ 'subscription.plan' | t }}</th>
            <th>{{ 'common.status' | t }}</th>
            <th>{{ 'subscription.startDate' | t }}</th>
            <th>{{ 'subscription.endDate' | t }}</th>
            <th nzAlign="right">{{ 'subscription.daysLeft' | t }}</th>
            <th nzRight nzAlign="right" nzWidth="90px">{{ 'common.actions' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (s of table.data; track s.id) {
            <tr [attr.data-testid]="'host-subscription-row-' + s.tenantName">
              <td>{{ s.tenantName }}</td>
              <td>
                {{ s.planCode }} <span class="muted">v{{ s.planVersion }}</span>
              </td>
              <td><app-subscription-status-tag [status]="s.status" /></td>
              <td>{{ s.startDate }}</td>
              <td>{{ s.endDate }}</td>
              <td nzAlign="right">
                <span [class]="'days-' + level(s)">{{ s.daysLeft }}</span>
              </td>
              <td nzRight nzAlign="right">
                @if (canManage && s.status !== 'Terminated' && s.status !== 'Refunded' && s.status !== 'Expired') {
                  <button
                    nz-button
                    nzType="text"
                    nzSize="small"
                    nz-dropdown
                    [nzDropdownMenu]="actions"
                    nzTrigger="click"
                    [nzLoading]="busy() === s.id"
                    [attr.aria-label]="'common.more' | t"
                    data-testid="subscription-actions"
                  >
                    <nz-icon nzType="more" />
                  </button>
                  <nz-dropdown-menu #actions="nzDropdownMenu">
                    <!-- eslint-disable @angular-eslint/template/click-events-have-key-events, @angular-eslint/template/interactive-supports-focus -- NG-ZORRO menu items take the clicks -->
                    <ul nz-menu>
                      @if (s.status === 'Active') {
                        <li nz-menu-item (click)="suspend(s)" data-testid="subscription-suspend">{{ 'hostSubscriptions.suspend' | t }}</li>
                      }
                      @if (s.status === 'Suspended') {
                        <li nz-menu-item (click)="reinstate(s)" data-testid="subscription-reinstate">
                          {{ 'hostSubscriptions.reinstate' | t }}
                        </li>
                      }
                      <li nz-menu-item nzDanger (click)="terminate(s)" data-testid="subscription-terminate">
                        {{ 'hostSubscriptions.terminate' | t }}
                      </li>
                    </ul>
                    <!-- eslint-enable @angular-eslint/template/click-events-have-key-events, @angular-eslint/template/interactive-supports-focus -->
                  </nz-dropdown-menu>
                }
              </td>
            </tr>
          }
        </tbody>
      </nz-table>
      <ng-template #empty><nz-empty [nzNotFoundContent]="'hostSubscriptions.empty' | t" /></ng-template>
    }
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
    .days-warning {
      color: #d48806;
      font-weight: 600;
    }
    .days-danger {
      color: #cf1322;
      font-weight: 600;
    }
  `,
})
export class HostSubscriptions {
  private readonly hostApi = inject(HostSubscriptionsApi);
  private readonly errors = inject(ErrorNotifier);
  private readonly message = inject(NzMessageService);
  private readonly modal = inject(NzModalService);
  private readonly reasons = inject(ReasonDialog);
  private readonly i18n = inject(I18nService);

  protected readonly canManage = inject(AuthService).hasPermission(Permissions.subscriptionsManage);
  protected readonly statuses = SUBSCRIPTION_STATUSES;
  protected readonly status = signal<SubscriptionStatus | null>(null);
  protected readonly subscriptions = rxResource({
    params: () => this.status(),
    stream: ({ params }) => this.hostApi.subscriptions(params),
  });
  protected readonly busy = signal<string | null>(null);

  protected level(s: SubscriptionDto): string {
    return daysLeftLevel(s.daysLeft);
  }

  protected async suspend(s: SubscriptionDto): Promise<void> {
    const reason = await this.reasons.ask({
      title: this.i18n.t('hostSubscriptions.suspendTitle', { name: s.tenantName }),
      description: this.i18n.t('hostSubscriptions.suspendText'),
      okText: this.i18n.t('hostSubscriptions.suspend'),
      danger: true,
    });
    if (reason) await this.act(s, this.hostApi.suspend(s.id, reason), 'hostSubscriptions.suspended');
  }

  protected reinstate(s: SubscriptionDto): void {
    this.modal.confirm({
      nzTitle: this.i18n.t('hostSubscriptions.reinstateTitle', { name: s.tenantName }),
      nzOkText: this.i18n.t('hostSubscriptions.reinstate'),
      nzCancelText: this.i18n.t('common.cancel'),
      nzOnOk: () => this.act(s, this.hostApi.reinstate(s.id), 'hostSubscriptions.reinstated'),
    });
  }

  protected async terminate(s: SubscriptionDto): Promise<void> {
    const reason = await this.reasons.ask({
      title: this.i18n.t('hostSubscriptions.terminateTitle', { name: s.tenantName }),
      description: this.i18n.t('hostSubscriptions.terminateText'),
      okText: this.i18n.t('hostSubscriptions.terminate'),
      danger: true,
    });
    if (reason) await this.act(s, this.hostApi.terminate(s.id, reason), 'hostSubscriptions.terminated');
  }

  private async act(s: SubscriptionDto, call: Observable<SubscriptionDto>, doneKey: string): Promise<void> {
    this.busy.set(s.id);
    try {
      const updated = await firstValueFrom(call);
      this.subscriptions.update((list) => (list ?? []).map((x) => (x.id === updated.id ? updated : x)));
      this.message.success(this.i18n.t(doneKey, { name: s.tenantName }));
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.busy.set(null);
    }
  }
}
