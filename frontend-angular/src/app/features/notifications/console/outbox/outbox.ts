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
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { LoadError } from '../../../../shared/load-error/load-error';
import { CHANNELS, DELIVERY_STATUSES, deliveryStatusColor } from '../../notifications-display';
import { NotificationsApi } from '../../notifications.api';

const PAGE_SIZE = 20;

/** The outbox: each delivery of each event to a channel and recipient, by status and channel, with its attempts. */
@Component({
  selector: 'app-outbox',
  imports: [
    DatePipe,
    FormsModule,
    NzPageHeaderModule,
    NzTableModule,
    NzTagModule,
    NzSelectModule,
    NzButtonModule,
    NzIconModule,
    NzEmptyModule,
    TranslatePipe,
    LoadError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-page-header [nzTitle]="'nav.outbox' | t" [nzSubtitle]="'outbox.subtitle' | t">
      <nz-page-header-extra>
        <button nz-button (click)="outbox.reload()" [nzLoading]="outbox.isLoading()">
          <nz-icon nzType="reload" /> {{ 'common.refresh' | t }}
        </button>
      </nz-page-header-extra>
    </nz-page-header>
    <div class="filters">
      <nz-select
        [ngModel]="status()"
        (ngModelChange)="filter(status, $event)"
        [nzPlaceHolder]="'outbox.allStatuses' | t"
        nzAllowClear
        [attr.aria-label]="'common.status' | t"
        data-testid="outbox-status"
      >
        @for (s of statuses; track s) {
          <nz-option [nzValue]="s" [nzLabel]="'deliveryStatus.' + s | t" />
        }
      </nz-select>
      <nz-select
        [ngModel]="channel()"
        (ngModelChange)="filter(channel, $event)"
        [nzPlaceHolder]="'outbox.allChannels' | t"
        nzAllowClear
        [attr.aria-label]="'outbox.channel' | t"
        data-testid="outbox-channel"
      >
        @for (c of channels; track c) {
          <nz-option [nzValue]="c" [nzLabel]="'channel.' + c | t" />
        }
      </nz-select>
    </div>
    @if (outbox.error()) {
      <app-load-error [error]="outbox.error()" (retry)="outbox.reload()" />
    } @else {
      <nz-table
        #table
        [nzData]="outbox.value()?.items ?? []"
        [nzLoading]="outbox.isLoading()"
        [nzFrontPagination]="false"
        [nzTotal]="outbox.value()?.total ?? 0"
        [nzPageIndex]="page()"
        [nzPageSize]="pageSize"
        [nzHideOnSinglePage]="true"
        (nzPageIndexChange)="page.set($event)"
        nzSize="middle"
        [nzNoResult]="empty"
        [nzScroll]="{ x: '1100px' }"
        data-testid="outbox-table"
      >
        <thead>
          <tr>
            <th nzWidth="40px"></th>
            <th nzWidth="150px">{{ 'outbox.createdAt' | t }}</th>
            <th>{{ 'mailLog.event' | t }}</th>
            <th nzWidth="100px">{{ 'outbox.channel' | t }}</th>
            <th>{{ 'outbox.recipient' | t }}</th>
            <th nzWidth="100px">{{ 'common.status' | t }}</th>
            <th nzWidth="90px" nzAlign="right">{{ 'webhooks.attempts' | t }}</th>
            <th nzWidth="150px">{{ 'webhooks.nextAttempt' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (d of table.data; track d.id) {
            <tr data-testid="outbox-row">
              <td [nzExpand]="expanded() === d.id" (nzExpandChange)="expanded.set($event ? d.id : null)"></td>
              <td>{{ d.createdAt | date: 'yyyy-MM-dd HH:mm:ss' : '+0800' }}</td>
              <td>
                <code>{{ d.eventType }}</code>
              </td>
              <td>{{ 'channel.' + d.channel | t }}</td>
              <td class="wrap mono">{{ d.recipient }}</td>
              <td>
                <nz-tag [nzColor]="color(d.status)" data-testid="outbox-status-tag" [attr.data-status]="d.status">{{
                  'deliveryStatus.' + d.status | t
                }}</nz-tag>
              </td>
              <td nzAlign="right">{{ d.attemptCount }}</td>
              <td>
                @if (d.status === 'Pending') {
                  {{ d.nextAttemptAt | date: 'yyyy-MM-dd HH:mm:ss' : '+0800' }}
                } @else if (d.deliveredAt) {
                  <span class="muted">{{ 'outbox.deliveredAt' | t }} {{ d.deliveredAt | date: 'yyyy-MM-dd HH:mm:ss' : '+0800' }}</span>
                } @else {
                  —
                }
              </td>
            </tr>
            <tr [nzExpand]="expanded() === d.id">
              @if (d.lastError) {
                <p>
                  <span class="muted">{{ 'webhooks.lastError' | t }}：</span>{{ d.lastError }}
                </p>
              }
              <ul class="attempts">
                @for (a of d.attempts; track $index) {
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
      <ng-template #empty><nz-empty [nzNotFoundContent]="'outbox.empty' | t" /></ng-template>
    }
  `,
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      margin-bottom: 16px;
    }
    .filters nz-select {
      width: 180px;
    }
    .wrap {
      word-break: break-all;
    }
    .attempts {
      margin: 0;
      padding-inline-start: 20px;
    }
  `,
})
export class Outbox {
  private readonly notifications = inject(NotificationsApi);
  protected readonly statuses = DELIVERY_STATUSES;
  protected readonly channels = CHANNELS;
  protected readonly pageSize = PAGE_SIZE;
  protected readonly status = signal<string | null>(null);
  protected readonly channel = signal<string | null>(null);
  protected readonly page = signal(1);
  protected readonly expanded = signal<string | null>(null);
  protected readonly outbox = rxResource({
    params: () => ({ status: this.status(), channel: this.channel(), page: this.page() }),
    stream: ({ params }) => this.notifications.outbox(params.status, params.channel, params.page, PAGE_SIZE),
  });

  protected color(status: string): string {
    return deliveryStatusColor(status);
  }

  /** A filter change starts again at page 1. */
  protected filter(which: typeof this.status, value: string | null): void {
    which.set(value ?? null);
    this.page.set(1);
  }
}
