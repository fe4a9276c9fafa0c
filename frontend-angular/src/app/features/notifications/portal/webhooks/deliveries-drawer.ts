import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { ErrorNotifier } from '../../../../core/errors/error-notifier.service';
import { I18nService } from '../../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { LoadError } from '../../../../shared/load-error/load-error';
import { deliveryStatusColor } from '../../notifications-display';
import { NotificationsApi, type WebhookDeliveryDto, type WebhookEndpointDto } from '../../notifications.api';
import { panelWidth } from '../../ui/narrow';

const PAGE_SIZE = 20;

/** An endpoint's recent deliveries (newest first, paged by the server), each with its attempts and a resend button. */
@Component({
  selector: 'app-deliveries-drawer',
  imports: [DatePipe, NzDrawerModule, NzTableModule, NzTagModule, NzButtonModule, NzIconModule, NzEmptyModule, TranslatePipe, LoadError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-drawer
      [nzVisible]="true"
      [nzWidth]="width"
      [nzTitle]="'webhooks.deliveriesTitle' | t: { url: endpoint().url }"
      [nzExtra]="extra"
      (nzOnClose)="closed.emit()"
    >
      <ng-container *nzDrawerContent>
        <div data-testid="webhook-deliveries-panel">
          @if (deliveries.error()) {
            <app-load-error [error]="deliveries.error()" (retry)="deliveries.reload()" />
          } @else {
            <nz-table
              #table
              [nzData]="deliveries.value()?.items ?? []"
              [nzLoading]="deliveries.isLoading()"
              [nzFrontPagination]="false"
              [nzTotal]="deliveries.value()?.total ?? 0"
              [nzPageIndex]="page()"
              [nzPageSize]="pageSize"
              [nzHideOnSinglePage]="true"
              (nzPageIndexChange)="page.set($event)"
              [nzNoResult]="empty"
              [nzScroll]="{ x: '760px' }"
              nzSize="small"
            >
              <thead>
                <tr>
                  <th nzWidth="40px"></th>
                  <th>{{ 'webhooks.eventType' | t }}</th>
                  <th>{{ 'common.status' | t }}</th>
                  <th nzAlign="right">{{ 'webhooks.attempts' | t }}</th>
                  <th>{{ 'webhooks.lastCode' | t }}</th>
                  <th>{{ 'outbox.createdAt' | t }}</th>
                  <th>{{ 'webhooks.nextAttempt' | t }}</th>
                  <th nzAlign="right">{{ 'common.actions' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (d of table.data; track d.id) {
                  <tr [attr.data-testid]="'delivery-row-' + d.id">
                    <td [nzExpand]="expanded() === d.id" (nzExpandChange)="expanded.set($event ? d.id : null)"></td>
                    <td>
                      <code>{{ d.eventType }}</code>
                    </td>
                    <td>
                      <nz-tag [nzColor]="color(d.status)" data-testid="delivery-status" [attr.data-status]="d.status">{{
                        'deliveryStatus.' + d.status | t
                      }}</nz-tag>
                    </td>
                    <td nzAlign="right">{{ d.attempts }}</td>
                    <td>{{ d.lastStatusCode ?? '—' }}</td>
                    <td>{{ d.createdAt | date: 'yyyy-MM-dd HH:mm:ss' : '+0800' }}</td>
                    <td>{{ d.status === 'Pending' ? ((d.nextAttemptAt | date: 'yyyy-MM-dd HH:mm:ss' : '+0800') ?? '—') : '—' }}</td>
                    <td nzAlign="right">
                      <button
                        nz-button
                        nzType="link"
                        nzSize="small"
                        [nzLoading]="resending() === d.id"
                        (click)="resend(d)"
                        data-testid="delivery-resend"
                      >
                        {{ 'webhooks.resend' | t }}
                      </button>
                    </td>
                  </tr>
                  <tr [nzExpand]="expanded() === d.id">
                    @if (d.lastError) {
                      <p>
                        <span class="muted">{{ 'webhooks.lastError' | t }}：</span>{{ d.lastError }}
                      </p>
                    }
                    <div class="muted">{{ 'webhooks.attemptLog' | t }}</div>
                    <ul class="attempts">
                      @for (a of d.attemptLog; track $index) {
                        <li>
                          {{ a.at | date: 'yyyy-MM-dd HH:mm:ss' : '+0800' }} ·
                          <nz-tag [nzColor]="a.succeeded ? 'success' : 'error'">{{
                            (a.succeeded ? 'outbox.succeeded' : 'outbox.failed') | t
                          }}</nz-tag>
                          {{ a.statusCode ?? '' }} {{ a.detail ?? '' }}
                        </li>
                      } @empty {
                        <li class="muted">{{ 'outbox.noAttempts' | t }}</li>
                      }
                    </ul>
                  </tr>
                }
              </tbody>
            </nz-table>
            <ng-template #empty><nz-empty [nzNotFoundContent]="'webhooks.deliveriesEmpty' | t" /></ng-template>
          }
        </div>
      </ng-container>
      <ng-template #extra>
        <button nz-button (click)="deliveries.reload()" [nzLoading]="deliveries.isLoading()" data-testid="deliveries-refresh">
          <nz-icon nzType="reload" /> {{ 'common.refresh' | t }}
        </button>
      </ng-template>
    </nz-drawer>
  `,
  styles: `
    .attempts {
      margin: 4px 0 0;
      padding-inline-start: 20px;
    }
  `,
})
export class DeliveriesDrawer {
  private readonly notifications = inject(NotificationsApi);
  private readonly errors = inject(ErrorNotifier);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);
  readonly endpoint = input.required<WebhookEndpointDto>();
  readonly closed = output<void>();

  protected readonly width = panelWidth(960);
  protected readonly pageSize = PAGE_SIZE;
  protected readonly page = signal(1);
  protected readonly expanded = signal<string | null>(null);
  protected readonly resending = signal<string | null>(null);
  protected readonly deliveries = rxResource({
    params: () => ({ id: this.endpoint().id, page: this.page() }),
    stream: ({ params }) => this.notifications.deliveries(params.id, params.page, PAGE_SIZE),
  });

  protected color(status: string): string {
    return deliveryStatusColor(status);
  }

  protected async resend(delivery: WebhookDeliveryDto): Promise<void> {
    this.resending.set(delivery.id);
    try {
      const updated = await firstValueFrom(this.notifications.resend(this.endpoint().id, delivery.id));
      this.deliveries.update((page) => page && { ...page, items: page.items.map((d) => (d.id === updated.id ? updated : d)) });
      this.message.success(this.i18n.t('webhooks.resent'));
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.resending.set(null);
    }
  }
}
