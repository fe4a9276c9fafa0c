import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzTableModule } from 'ng-zorro-antd/table';
import { firstValueFrom } from 'rxjs';
import { HostBillingApi } from '../../host-billing.api';
import type { CreditDto, CreditSettlement } from '../../../../api/models';
import { ErrorNotifier } from '../../../../core/errors/error-notifier.service';
import { I18nService } from '../../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { CreditStatusTag } from '../../ui/invoice-tags';
import { FieldErrorPipe } from '../../../../shared/forms/field-error.pipe';
import { LoadError } from '../../../../shared/load-error/load-error';
import { CnyPipe } from '../../../../shared/money/money.pipe';

/** Penalty credits owed to tenants for late invoices (GET /api/host/credits), settled as an order deduction or a payout. */
@Component({
  selector: 'app-host-credits',
  imports: [
    DatePipe,
    ReactiveFormsModule,
    NzPageHeaderModule,
    NzTableModule,
    NzButtonModule,
    NzIconModule,
    NzEmptyModule,
    NzModalModule,
    NzFormModule,
    NzInputModule,
    NzRadioModule,
    TranslatePipe,
    FieldErrorPipe,
    LoadError,
    CnyPipe,
    CreditStatusTag,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-page-header [nzTitle]="'nav.credits' | t" [nzSubtitle]="'credits.subtitle' | t">
      <nz-page-header-extra>
        <button nz-button (click)="credits.reload()" [nzLoading]="credits.isLoading()">
          <nz-icon nzType="reload" /> {{ 'common.refresh' | t }}
        </button>
      </nz-page-header-extra>
    </nz-page-header>
    @if (credits.error()) {
      <app-load-error [error]="credits.error()" (retry)="credits.reload()" />
    } @else {
      <nz-table
        #table
        [nzData]="credits.value() ?? []"
        [nzLoading]="credits.isLoading()"
        nzSize="middle"
        [nzPageSize]="20"
        [nzHideOnSinglePage]="true"
        [nzNoResult]="empty"
        [nzScroll]="{ x: '900px' }"
        data-testid="host-credits-table"
      >
        <thead>
          <tr>
            <th>{{ 'orders.tenant' | t }}</th>
            <th>{{ 'credits.invoice' | t }}</th>
            <th nzAlign="right">{{ 'credits.amount' | t }}</th>
            <th>{{ 'common.status' | t }}</th>
            <th>{{ 'credits.note' | t }}</th>
            <th>{{ 'credits.settledAt' | t }}</th>
            <th nzRight nzAlign="right">{{ 'common.actions' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (c of table.data; track c.id) {
            <tr [attr.data-testid]="'credit-row-' + c.invoiceNumber">
              <td>{{ c.tenantName }}</td>
              <td class="mono">{{ c.invoiceNumber }}</td>
              <td nzAlign="right">{{ c.amount | cny }}</td>
              <td><app-credit-status-tag [status]="c.status" /></td>
              <td>{{ c.settlementNote }}</td>
              <td>{{ c.settledAt | date: 'yyyy-MM-dd' : '+0800' }}</td>
              <td nzRight nzAlign="right">
                @if (c.status === 'Owed') {
                  <button nz-button nzType="primary" nzSize="small" (click)="open(c)" data-testid="credit-settle">
                    {{ 'credits.settle' | t }}
                  </button>
                }
              </td>
            </tr>
          }
        </tbody>
      </nz-table>
      <ng-template #empty><nz-empty [nzNotFoundContent]="'invoices.creditsEmpty' | t" /></ng-template>
    }

    @if (settling(); as c) {
      <nz-modal
        [nzVisible]="true"
        [nzTitle]="'credits.settleTitle' | t"
        [nzOkText]="'credits.settle' | t"
        [nzCancelText]="'common.cancel' | t"
        [nzOkLoading]="saving()"
        (nzOnOk)="settle(c)"
        (nzOnCancel)="settling.set(null)"
      >
        <form *nzModalContent nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="settle(c)" data-testid="settle-form">
          <p>
            {{ c.tenantName }} · <span class="mono">{{ c.invoiceNumber }}</span> · <strong>{{ c.amount | cny }}</strong>
          </p>
          <nz-form-item>
            <nz-form-label nzRequired>{{ 'credits.settlement' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="form.controls.settlement | fieldError">
              <nz-radio-group formControlName="settlement" data-testid="settle-settlement">
                <label nz-radio nzValue="AppliedToOrder">{{ 'creditStatus.AppliedToOrder' | t }}</label>
                <label nz-radio nzValue="PaidOut">{{ 'creditStatus.PaidOut' | t }}</label>
              </nz-radio-group>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="settle-note" nzRequired>{{ 'credits.note' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="form.controls.note | fieldError">
              <textarea nz-input id="settle-note" formControlName="note" rows="3" maxlength="500" data-testid="settle-note"></textarea>
            </nz-form-control>
          </nz-form-item>
        </form>
      </nz-modal>
    }
  `,
})
export class HostCredits {
  private readonly hostApi = inject(HostBillingApi);
  private readonly errors = inject(ErrorNotifier);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly credits = rxResource({ stream: () => this.hostApi.credits() });
  protected readonly settling = signal<CreditDto | null>(null);
  protected readonly saving = signal(false);
  protected readonly form = this.fb.group({
    settlement: this.fb.control<CreditSettlement>('AppliedToOrder', Validators.required),
    note: ['', [Validators.required, Validators.maxLength(500), Validators.pattern(/\S/)]],
  });

  protected open(credit: CreditDto): void {
    this.form.reset({ settlement: 'AppliedToOrder', note: '' });
    this.settling.set(credit);
  }

  protected async settle(credit: CreditDto): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      Object.values(this.form.controls).forEach((c) => c.markAsDirty());
      return;
    }
    this.saving.set(true);
    try {
      const v = this.form.getRawValue();
      const updated = await firstValueFrom(this.hostApi.settle(credit.id, { settlement: v.settlement, note: v.note.trim() }));
      this.credits.update((list) => (list ?? []).map((c) => (c.id === updated.id ? updated : c)));
      this.message.success(this.i18n.t('credits.settled'));
      this.settling.set(null);
    } catch (error) {
      this.errors.show(error, this.form);
    } finally {
      this.saving.set(false);
    }
  }
}
