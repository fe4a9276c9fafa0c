import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { LoadError } from '../../../../shared/load-error/load-error';
import { mailStatusColor } from '../../notifications-display';
import { NotificationsApi, type MailLogDto } from '../../notifications.api';
import { panelWidth } from '../../ui/narrow';

const PAGE_SIZE = 20;

/** Every mail the platform sent (or only recorded, without SMTP settings), newest first, paged by the server. */
@Component({
  selector: 'app-mail-log',
  imports: [
    DatePipe,
    NzPageHeaderModule,
    NzTableModule,
    NzTagModule,
    NzButtonModule,
    NzIconModule,
    NzEmptyModule,
    NzDrawerModule,
    NzDescriptionsModule,
    TranslatePipe,
    LoadError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-page-header [nzTitle]="'nav.mailLog' | t" [nzSubtitle]="'mailLog.subtitle' | t">
      <nz-page-header-extra>
        <button nz-button (click)="log.reload()" [nzLoading]="log.isLoading()" data-testid="mail-log-refresh">
          <nz-icon nzType="reload" /> {{ 'common.refresh' | t }}
        </button>
      </nz-page-header-extra>
    </nz-page-header>
    @if (log.error()) {
      <app-load-error [error]="log.error()" (retry)="log.reload()" />
    } @else {
      <nz-table
        #table
        [nzData]="log.value()?.items ?? []"
        [nzLoading]="log.isLoading()"
        [nzFrontPagination]="false"
        [nzTotal]="log.value()?.total ?? 0"
        [nzPageIndex]="page()"
        [nzPageSize]="pageSize"
        [nzHideOnSinglePage]="true"
        (nzPageIndexChange)="page.set($event)"
        nzSize="middle"
        [nzNoResult]="empty"
        [nzScroll]="{ x: '1000px' }"
        data-testid="mail-log-table"
      >
        <thead>
          <tr>
            <th nzWidth="150px">{{ 'mailLog.at' | t }}</th>
            <th nzWidth="220px">{{ 'mailLog.to' | t }}</th>
            <th>{{ 'mailLog.subject' | t }}</th>
            <th nzWidth="110px">{{ 'mailLog.kind' | t }}</th>
            <th nzWidth="140px">{{ 'common.status' | t }}</th>
            <th nzRight nzWidth="80px" nzAlign="right">{{ 'common.actions' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (m of table.data; track m.id) {
            <tr data-testid="mail-log-row" [attr.data-to]="m.to">
              <td>{{ m.at | date: 'yyyy-MM-dd HH:mm:ss' : '+0800' }}</td>
              <td class="wrap">{{ m.to }}</td>
              <td>{{ m.subject }}</td>
              <td>{{ kindKey(m.kind) | t }}</td>
              <td>
                <nz-tag [nzColor]="color(m.status)" data-testid="mail-status" [attr.data-status]="m.status">{{
                  'mailStatus.' + m.status | t
                }}</nz-tag>
              </td>
              <td nzRight nzAlign="right">
                <button nz-button nzType="link" nzSize="small" (click)="open.set(m)" data-testid="mail-open">
                  {{ 'mailLog.open' | t }}
                </button>
              </td>
            </tr>
          }
        </tbody>
      </nz-table>
      <ng-template #empty><nz-empty [nzNotFoundContent]="'mailLog.empty' | t" /></ng-template>
    }

    <nz-drawer [nzVisible]="!!open()" [nzWidth]="width" [nzTitle]="open()?.subject" (nzOnClose)="open.set(null)">
      <ng-container *nzDrawerContent>
        @if (open(); as m) {
          <div data-testid="mail-message">
            <nz-descriptions nzBordered [nzColumn]="1" nzSize="small" class="block">
              <nz-descriptions-item [nzTitle]="'mailLog.at' | t">{{ m.at | date: 'yyyy-MM-dd HH:mm:ss' : '+0800' }}</nz-descriptions-item>
              <nz-descriptions-item [nzTitle]="'mailLog.to' | t">{{ m.to }}</nz-descriptions-item>
              <nz-descriptions-item [nzTitle]="'common.status' | t">
                <nz-tag [nzColor]="color(m.status)">{{ 'mailStatus.' + m.status | t }}</nz-tag>
              </nz-descriptions-item>
              @if (m.error) {
                <nz-descriptions-item [nzTitle]="'mailLog.error' | t">{{ m.error }}</nz-descriptions-item>
              }
              <nz-descriptions-item [nzTitle]="'mailLog.kind' | t">{{ kindKey(m.kind) | t }}</nz-descriptions-item>
              <nz-descriptions-item [nzTitle]="'mailLog.language' | t">{{ 'language.' + m.language | t }}</nz-descriptions-item>
              <nz-descriptions-item [nzTitle]="'mailLog.event' | t"
                ><code>{{ m.eventType }}</code></nz-descriptions-item
              >
              @if (m.tenantId) {
                <nz-descriptions-item [nzTitle]="'mailLog.tenant' | t"
                  ><code>{{ m.tenantId }}</code></nz-descriptions-item
                >
              }
            </nz-descriptions>
            <div class="muted">{{ 'mailLog.text' | t }}</div>
            <pre class="text" data-testid="mail-text">{{ m.text }}</pre>
          </div>
        }
      </ng-container>
    </nz-drawer>
  `,
  styles: `
    .wrap {
      word-break: break-all;
    }
    .text {
      white-space: pre-wrap;
      word-break: break-word;
      background: #fafafa;
      border: 1px solid #f0f0f0;
      border-radius: 6px;
      padding: 12px;
      font-family: inherit;
    }
  `,
})
export class MailLog {
  private readonly notifications = inject(NotificationsApi);
  protected readonly width = panelWidth(640);
  protected readonly pageSize = PAGE_SIZE;
  protected readonly page = signal(1);
  protected readonly open = signal<MailLogDto | null>(null);
  protected readonly log = rxResource({
    params: () => ({ page: this.page() }),
    stream: ({ params }) => this.notifications.mailLog(params.page, PAGE_SIZE),
  });

  protected color(status: string): string {
    return mailStatusColor(status);
  }

  protected kindKey(kind: string): string {
    return `mailKind.${kind}`;
  }
}
