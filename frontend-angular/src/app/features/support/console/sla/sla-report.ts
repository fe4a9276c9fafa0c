import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzTableModule } from 'ng-zorro-antd/table';
import { shanghaiToday } from '../../../../core/format/dates';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { LoadError } from '../../../../shared/load-error/load-error';
import { HostSupportApi } from '../../host-support.api';
import { inTimeRate } from '../../support-display';
import type { SlaMonthDto } from '../../support.models';

/** First-response SLA per tenant for one Asia/Shanghai month (GET /api/host/support/sla?month=yyyy-MM). */
@Component({
  selector: 'app-sla-report',
  imports: [
    FormsModule,
    NzPageHeaderModule,
    NzTableModule,
    NzDatePickerModule,
    NzButtonModule,
    NzIconModule,
    NzEmptyModule,
    TranslatePipe,
    LoadError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-page-header [nzTitle]="'nav.slaReport' | t" [nzSubtitle]="'slaReport.subtitle' | t" />
    <div class="filters">
      <nz-date-picker
        nzMode="month"
        nzFormat="yyyy-MM"
        [nzAllowClear]="false"
        [ngModel]="picked()"
        (ngModelChange)="picked.set($event)"
        [attr.aria-label]="'slaReport.month' | t"
        data-testid="sla-month"
      />
      <button nz-button (click)="report.reload()" [nzLoading]="report.isLoading()">
        <nz-icon nzType="reload" /> {{ 'common.refresh' | t }}
      </button>
    </div>
    @if (report.error()) {
      <app-load-error [error]="report.error()" (retry)="report.reload()" />
    } @else {
      <nz-table
        #table
        [nzData]="report.value() ?? []"
        [nzLoading]="report.isLoading()"
        nzSize="middle"
        [nzPageSize]="50"
        [nzHideOnSinglePage]="true"
        [nzNoResult]="empty"
        [nzScroll]="{ x: '800px' }"
        data-testid="sla-table"
      >
        <thead>
          <tr>
            <th>{{ 'supportQueue.tenant' | t }}</th>
            <th nzAlign="right">{{ 'slaReport.tickets' | t }}</th>
            <th nzAlign="right">{{ 'slaReport.withSla' | t }}</th>
            <th nzAlign="right">{{ 'slaReport.inTime' | t }}</th>
            <th nzAlign="right">{{ 'slaReport.breaches' | t }}</th>
            <th nzAlign="right">{{ 'slaReport.pending' | t }}</th>
            <th nzAlign="right">{{ 'slaReport.rate' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of table.data; track row.tenantId) {
            <tr [attr.data-testid]="'sla-row-' + row.tenantName">
              <td>{{ row.tenantName }}</td>
              <td nzAlign="right">{{ row.tickets }}</td>
              <td nzAlign="right">{{ row.withSla }}</td>
              <td nzAlign="right">{{ row.firstResponsesInTime }}</td>
              <td nzAlign="right" [class.bad]="row.breaches > 0">{{ row.breaches }}</td>
              <td nzAlign="right">{{ row.pending }}</td>
              <td nzAlign="right">{{ rate(row) }}</td>
            </tr>
          }
        </tbody>
      </nz-table>
      <ng-template #empty><nz-empty [nzNotFoundContent]="'slaReport.empty' | t" /></ng-template>
    }
  `,
  styles: `
    .filters {
      display: flex;
      gap: 8px;
      margin-bottom: 16px;
      flex-wrap: wrap;
    }
    .bad {
      color: #cf1322;
      font-weight: 600;
    }
  `,
})
export class SlaReport {
  private readonly api = inject(HostSupportApi);
  protected readonly picked = signal<Date>(monthStart(shanghaiToday()));
  private readonly month = computed(() => {
    const d = this.picked();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
  });
  protected readonly report = rxResource({ params: () => this.month(), stream: ({ params }) => this.api.sla(params) });

  protected rate(row: SlaMonthDto): string {
    const rate = inTimeRate(row);
    return rate === null ? '—' : `${rate.toFixed(1)}%`;
  }
}

function monthStart(isoDay: string): Date {
  const [y, m] = isoDay.split('-').map(Number);
  return new Date(y, m - 1, 1);
}
