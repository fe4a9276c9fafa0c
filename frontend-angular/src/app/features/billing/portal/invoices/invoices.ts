import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { BillingApi } from '../../billing.api';
import type { InvoiceDto } from '../../../../api/models';
import { ErrorNotifier } from '../../../../core/errors/error-notifier.service';
import { shanghaiToday } from '../../../../core/format/dates';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { isInvoiceOverdue, owedTotal } from '../../billing-display';
import { saveDownload } from '../../../../shared/download/download';
import { CreditStatusTag, InvoiceKind, InvoiceStatusTag } from '../../ui/invoice-tags';
import { LoadError } from '../../../../shared/load-error/load-error';
import { CnyPipe } from '../../../../shared/money/money.pipe';

/** The tenant's invoices (GET /api/tenant/invoices) and the penalty credits owed to it (GET /api/tenant/credits). */
@Component({
  selector: 'app-invoices',
  imports: [
    DatePipe,
    RouterLink,
    NzPageHeaderModule,
    NzTableModule,
    NzTagModule,
    NzButtonModule,
    NzIconModule,
    NzEmptyModule,
    NzCardModule,
    TranslatePipe,
    LoadError,
    CnyPipe,
    InvoiceStatusTag,
    InvoiceKind,
    CreditStatusTag,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-page-header [nzTitle]="'nav.invoices' | t" [nzSubtitle]="'invoices.subtitle' | t">
      <nz-page-header-extra>
        <button nz-button (click)="invoices.reload(); credits.reload()" [nzLoading]="invoices.isLoading()">
          <nz-icon nzType="reload" /> {{ 'common.refresh' | t }}
        </button>
      </nz-page-header-extra>
    </nz-page-header>
    @if (invoices.error()) {
      <app-load-error [error]="invoices.error()" (retry)="invoices.reload()" />
    } @else {
      <nz-table
        #table
        [nzData]="invoices.value() ?? []"
        [nzLoading]="invoices.isLoading()"
        nzSize="middle"
        [nzPageSize]="20"
        [nzHideOnSinglePage]="true"
        [nzNoResult]="empty"
        [nzScroll]="{ x: '1300px' }"
        data-testid="invoices-table"
      >
        <thead>
          <tr>
            <th>{{ 'invoices.number' | t }}</th>
            <th>{{ 'invoices.order' | t }}</th>
            <th>{{ 'invoices.kind' | t }}</th>
            <th>{{ 'common.status' | t }}</th>
            <th nzAlign="right">{{ 'invoices.total' | t }}</th>
            <th nzAlign="right">{{ 'invoices.net' | t }}</th>
            <th nzAlign="right">{{ 'invoices.tax' | t }}</th>
            <th>{{ 'invoices.paymentDate' | t }}</th>
            <th>{{ 'invoices.deadline' | t }}</th>
            <th nzAlign="right">{{ 'invoices.penaltyDays' | t }}</th>
            <th nzAlign="right">{{ 'invoices.penalty' | t }}</th>
            <th nzRight nzAlign="right">{{ 'common.actions' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (inv of table.data; track inv.id) {
            <tr [attr.data-testid]="'invoice-row-' + inv.orderNumber" [attr.data-invoice]="inv.number">
              <td class="mono">{{ inv.taxBureauNumber ?? inv.number }}</td>
              <td>
                <a class="mono" [routerLink]="['/portal/orders', inv.orderId]">{{ inv.orderNumber }}</a>
              </td>
              <td><app-invoice-kind [invoice]="inv" /></td>
              <td><app-invoice-status-tag [status]="inv.status" /></td>
              <td nzAlign="right" data-testid="invoice-total">{{ inv.total | cny }}</td>
              <td nzAlign="right">{{ inv.net | cny }}</td>
              <td nzAlign="right">{{ inv.tax | cny }}</td>
              <td>{{ inv.paymentDate }}</td>
              <td>
                <span [class.overdue]="overdue(inv)">{{ inv.deadline }}</span>
                @if (overdue(inv)) {
                  <nz-tag nzColor="red" class="ml8" data-testid="invoice-overdue">{{ 'invoices.overdue' | t }}</nz-tag>
                }
              </td>
              <td nzAlign="right" data-testid="invoice-penalty-days">{{ inv.penaltyDays }}</td>
              <td nzAlign="right" data-testid="invoice-penalty">{{ inv.penaltyAccrued | cny }}</td>
              <td nzRight nzAlign="right">
                <button
                  nz-button
                  nzType="link"
                  nzSize="small"
                  (click)="download(inv)"
                  [nzLoading]="downloading() === inv.id"
                  data-testid="invoice-download"
                >
                  <nz-icon nzType="download" /> PDF
                </button>
              </td>
            </tr>
          }
        </tbody>
      </nz-table>
      <ng-template #empty><nz-empty [nzNotFoundContent]="'invoices.empty' | t" /></ng-template>
    }

    <nz-card class="credits" [nzTitle]="'invoices.credits' | t" [nzExtra]="owedExtra" data-testid="credits-card">
      <p class="hint">{{ 'invoices.creditsHint' | t }}</p>
      @if (credits.error()) {
        <app-load-error [error]="credits.error()" (retry)="credits.reload()" />
      } @else {
        <nz-table
          [nzData]="credits.value() ?? []"
          [nzLoading]="credits.isLoading()"
          nzSize="small"
          [nzShowPagination]="false"
          [nzFrontPagination]="false"
          [nzNoResult]="noCredits"
          data-testid="credits-table"
        >
          <thead>
            <tr>
              <th>{{ 'credits.invoice' | t }}</th>
              <th nzAlign="right">{{ 'credits.amount' | t }}</th>
              <th>{{ 'common.status' | t }}</th>
              <th>{{ 'credits.note' | t }}</th>
              <th>{{ 'credits.settledAt' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (c of credits.value() ?? []; track c.id) {
              <tr data-testid="credit-row">
                <td class="mono">{{ c.invoiceNumber }}</td>
                <td nzAlign="right">{{ c.amount | cny }}</td>
                <td><app-credit-status-tag [status]="c.status" /></td>
                <td>{{ c.settlementNote }}</td>
                <td>{{ c.settledAt | date: 'yyyy-MM-dd' : '+0800' }}</td>
              </tr>
            }
          </tbody>
        </nz-table>
        <ng-template #noCredits><nz-empty nzNotFoundImage="simple" [nzNotFoundContent]="'invoices.creditsEmpty' | t" /></ng-template>
      }
      <ng-template #owedExtra
        ><span data-testid="credits-owed"
          >{{ 'invoices.owedTotal' | t }}: <strong>{{ owed() | cny }}</strong></span
        ></ng-template
      >
    </nz-card>
  `,
  styles: `
    .overdue {
      color: #cf1322;
      font-weight: 600;
    }
    .credits {
      margin-top: 24px;
    }
    td.mono,
    td .mono {
      white-space: nowrap;
    }
    .hint {
      color: rgba(0, 0, 0, 0.45);
    }
  `,
})
export class Invoices {
  private readonly billing = inject(BillingApi);
  private readonly errors = inject(ErrorNotifier);
  protected readonly invoices = rxResource({ stream: () => this.billing.invoices() });
  protected readonly credits = rxResource({ stream: () => this.billing.credits() });
  protected readonly owed = computed(() => owedTotal(this.credits.value() ?? []));
  protected readonly downloading = signal<string | null>(null);
  private readonly today = shanghaiToday();

  protected overdue(invoice: InvoiceDto): boolean {
    return isInvoiceOverdue(invoice, this.today);
  }

  protected async download(invoice: InvoiceDto): Promise<void> {
    this.downloading.set(invoice.id);
    try {
      saveDownload(await firstValueFrom(this.billing.invoicePdf(invoice.id)), `invoice-${invoice.number}.pdf`);
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.downloading.set(null);
    }
  }
}
