import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { HostBillingApi } from '../../host-billing.api';
import type { InvoiceDto, InvoiceStatus } from '../../../../api/models';
import { ErrorNotifier } from '../../../../core/errors/error-notifier.service';
import { shanghaiToday, toIsoDate } from '../../../../core/format/dates';
import { I18nService } from '../../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { INVOICE_STATUSES, isInvoiceOverdue } from '../../billing-display';
import { saveDownload } from '../../../../shared/download/download';
import { InvoiceKind, InvoiceStatusTag } from '../../ui/invoice-tags';
import { FieldErrorPipe } from '../../../../shared/forms/field-error.pipe';
import { LoadError } from '../../../../shared/load-error/load-error';
import { CnyPipe } from '../../../../shared/money/money.pipe';

/** Invoices to issue (GET /api/host/invoices, in the server's order: pending first by deadline); "Issue" records the tax-bureau number. */
@Component({
  selector: 'app-invoice-queue',
  imports: [
    FormsModule,
    ReactiveFormsModule,
    NzPageHeaderModule,
    NzTableModule,
    NzSelectModule,
    NzButtonModule,
    NzIconModule,
    NzTagModule,
    NzEmptyModule,
    NzModalModule,
    NzFormModule,
    NzInputModule,
    NzDatePickerModule,
    TranslatePipe,
    FieldErrorPipe,
    LoadError,
    CnyPipe,
    InvoiceStatusTag,
    InvoiceKind,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-page-header [nzTitle]="'nav.invoiceQueue' | t" [nzSubtitle]="'invoiceQueue.subtitle' | t" />
    <div class="filters">
      <nz-select
        nzAllowClear
        [nzPlaceHolder]="'common.status' | t"
        [ngModel]="status()"
        (ngModelChange)="status.set($event)"
        data-testid="invoice-filter-status"
      >
        @for (s of statuses; track s) {
          <nz-option [nzValue]="s" [nzLabel]="'invoiceStatus.' + s | t" />
        }
      </nz-select>
      <button nz-button (click)="invoices.reload()" [nzLoading]="invoices.isLoading()">
        <nz-icon nzType="reload" /> {{ 'common.refresh' | t }}
      </button>
    </div>
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
        data-testid="invoice-queue-table"
      >
        <thead>
          <tr>
            <th>{{ 'orders.tenant' | t }}</th>
            <th>{{ 'invoices.order' | t }}</th>
            <th>{{ 'invoices.kind' | t }}</th>
            <th>{{ 'common.status' | t }}</th>
            <th nzAlign="right">{{ 'invoices.total' | t }}</th>
            <th nzAlign="right">{{ 'invoices.tax' | t }}</th>
            <th>{{ 'invoices.paymentDate' | t }}</th>
            <th>{{ 'invoices.deadline' | t }}</th>
            <th nzAlign="right">{{ 'invoices.penalty' | t }}</th>
            <th>{{ 'invoices.taxBureauNumber' | t }}</th>
            <th nzRight nzAlign="right" nzWidth="170px">{{ 'common.actions' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (inv of table.data; track inv.id) {
            <tr
              [attr.data-testid]="'queue-invoice-' + inv.orderNumber"
              [class.overdue-row]="overdue(inv)"
              [attr.data-overdue]="overdue(inv)"
            >
              <td>{{ inv.tenantName }}</td>
              <td class="mono">{{ inv.orderNumber }}</td>
              <td><app-invoice-kind [invoice]="inv" /></td>
              <td><app-invoice-status-tag [status]="inv.status" /></td>
              <td nzAlign="right" data-testid="invoice-total">{{ inv.total | cny }}</td>
              <td nzAlign="right">{{ inv.tax | cny }}</td>
              <td>{{ inv.paymentDate }}</td>
              <td>
                <span [class.overdue]="overdue(inv)">{{ inv.deadline }}</span>
                @if (overdue(inv)) {
                  <nz-tag nzColor="red" class="ml8" data-testid="invoice-overdue">{{ 'invoices.overdue' | t }}</nz-tag>
                }
              </td>
              <td nzAlign="right">
                @if (inv.penaltyDays > 0) {
                  <span class="overdue" data-testid="invoice-penalty"
                    >{{ inv.penaltyAccrued | cny }} ({{ 'invoices.days' | t: { days: inv.penaltyDays } }})</span
                  >
                } @else {
                  {{ inv.penaltyAccrued | cny }}
                }
              </td>
              <td class="mono">
                {{ inv.taxBureauNumber }}
                @if (inv.issuedOn) {
                  <span class="muted">{{ inv.issuedOn }}</span>
                }
              </td>
              <td nzRight nzAlign="right">
                @if (inv.status === 'Pending') {
                  <button nz-button nzType="primary" nzSize="small" (click)="openIssue(inv)" data-testid="invoice-issue">
                    {{ 'invoiceQueue.issue' | t }}
                  </button>
                }
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
      <ng-template #empty><nz-empty [nzNotFoundContent]="'invoiceQueue.empty' | t" /></ng-template>
    }

    @if (issuing(); as inv) {
      <nz-modal
        [nzVisible]="true"
        [nzTitle]="'invoiceQueue.issueTitle' | t: { number: inv.orderNumber }"
        [nzOkText]="'invoiceQueue.issue' | t"
        [nzCancelText]="'common.cancel' | t"
        [nzOkLoading]="saving()"
        (nzOnOk)="issue(inv)"
        (nzOnCancel)="issuing.set(null)"
      >
        <form *nzModalContent nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="issue(inv)" data-testid="issue-form">
          <p class="muted">{{ 'invoiceQueue.issueHint' | t }}</p>
          <p>
            {{ inv.tenantName }} · <app-invoice-kind [invoice]="inv" /> · <strong>{{ inv.total | cny }}</strong>
          </p>
          <nz-form-item>
            <nz-form-label nzFor="tax-no" nzRequired>{{ 'invoices.taxBureauNumber' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="form.controls.taxBureauNumber | fieldError">
              <input nz-input id="tax-no" formControlName="taxBureauNumber" maxlength="50" data-testid="issue-tax-number" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="issued-on">{{ 'invoices.issuedOn' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="form.controls.issuedOn | fieldError" [nzExtra]="'invoiceQueue.issuedOnHint' | t">
              <nz-date-picker
                nzId="issued-on"
                formControlName="issuedOn"
                nzFormat="yyyy-MM-dd"
                [nzDisabledDate]="disabledFuture"
                data-testid="issue-issued-on"
              />
            </nz-form-control>
          </nz-form-item>
        </form>
      </nz-modal>
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
    .overdue {
      color: #cf1322;
      font-weight: 600;
    }
    .muted {
      color: rgba(0, 0, 0, 0.45);
      margin-left: 4px;
    }
    td.mono {
      white-space: nowrap;
    }
    :host ::ng-deep tr.overdue-row > td {
      background: #fff1f0;
    }
  `,
})
export class InvoiceQueue {
  private readonly hostApi = inject(HostBillingApi);
  private readonly errors = inject(ErrorNotifier);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly statuses = INVOICE_STATUSES;
  protected readonly status = signal<InvoiceStatus | null>(null);
  protected readonly invoices = rxResource({ params: () => this.status(), stream: ({ params }) => this.hostApi.invoices(params) });
  protected readonly issuing = signal<InvoiceDto | null>(null);
  protected readonly saving = signal(false);
  protected readonly downloading = signal<string | null>(null);
  protected readonly form = this.fb.group({
    taxBureauNumber: ['', [Validators.required, Validators.maxLength(50), Validators.pattern(/\S/)]],
    issuedOn: this.fb.control<Date | null>(null),
  });
  private readonly today = shanghaiToday();
  protected readonly disabledFuture = (date: Date) => toIsoDate(date)! > this.today;

  protected overdue(invoice: InvoiceDto): boolean {
    return isInvoiceOverdue(invoice, this.today);
  }

  protected openIssue(invoice: InvoiceDto): void {
    this.form.reset({ taxBureauNumber: '', issuedOn: null });
    this.issuing.set(invoice);
  }

  protected async issue(invoice: InvoiceDto): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      Object.values(this.form.controls).forEach((c) => c.markAsDirty());
      return;
    }
    this.saving.set(true);
    try {
      const v = this.form.getRawValue();
      const updated = await firstValueFrom(
        this.hostApi.issue(invoice.id, { taxBureauNumber: v.taxBureauNumber.trim(), issuedOn: toIsoDate(v.issuedOn) }),
      );
      this.invoices.update((list) => (list ?? []).map((i) => (i.id === updated.id ? updated : i)));
      this.message.success(this.i18n.t('invoiceQueue.issued', { number: updated.orderNumber }));
      this.issuing.set(null);
    } catch (error) {
      this.errors.show(error, this.form);
    } finally {
      this.saving.set(false);
    }
  }

  protected async download(invoice: InvoiceDto): Promise<void> {
    this.downloading.set(invoice.id);
    try {
      saveDownload(await firstValueFrom(this.hostApi.invoicePdf(invoice.id)), `invoice-${invoice.number}.pdf`);
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.downloading.set(null);
    }
  }
}
