import { ChangeDetectionStrategy, Component, OnInit, inject, input, output, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { firstValueFrom } from 'rxjs';
import { HostSubscriptionsApi } from '../../host-subscriptions.api';
import type { PromotionDto } from '../../../../api/models';
import { ErrorNotifier } from '../../../../core/errors/error-notifier.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { FieldErrorPipe } from '../../../../shared/forms/field-error.pipe';
import { buildPromotionForm, formToPromotionInput, promotionToForm } from './promotion-form';

/** Create or edit a promotion (POST / PUT /api/host/promotions). */
@Component({
  selector: 'app-promotion-dialog',
  imports: [
    ReactiveFormsModule,
    NzModalModule,
    NzFormModule,
    NzInputModule,
    NzInputNumberModule,
    NzDatePickerModule,
    NzCheckboxModule,
    NzSwitchModule,
    NzGridModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="(promotion() ? 'promotions.editTitle' : 'promotions.createTitle') | t"
      nzWidth="640px"
      [nzOkText]="'common.save' | t"
      [nzCancelText]="'common.cancel' | t"
      [nzOkLoading]="saving()"
      (nzOnOk)="submit()"
      (nzOnCancel)="cancelled.emit()"
    >
      <form *nzModalContent nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()" data-testid="promotion-form">
        <nz-form-item>
          <nz-form-label nzFor="promo-name" nzRequired>{{ 'promotions.name' | t }}</nz-form-label>
          <nz-form-control [nzErrorTip]="form.controls.name | fieldError">
            <input nz-input id="promo-name" formControlName="name" maxlength="100" data-testid="promotion-name" />
          </nz-form-control>
        </nz-form-item>
        <div nz-row [nzGutter]="16">
          <div nz-col [nzSpan]="12">
            <nz-form-item>
              <nz-form-label nzFor="promo-start" nzRequired>{{ 'promotions.windowStart' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="form.controls.windowStart | fieldError">
                <nz-date-picker nzId="promo-start" formControlName="windowStart" nzFormat="yyyy-MM-dd" data-testid="promotion-start" />
              </nz-form-control>
            </nz-form-item>
          </div>
          <div nz-col [nzSpan]="12">
            <nz-form-item>
              <nz-form-label nzFor="promo-end" nzRequired>{{ 'promotions.windowEnd' | t }}</nz-form-label>
              <nz-form-control
                [nzErrorTip]="form.controls.windowEnd | fieldError"
                [nzValidateStatus]="form.hasError('windowOrder') ? 'error' : form.controls.windowEnd"
                [nzExtra]="form.hasError('windowOrder') ? ('promotions.windowOrder' | t) : ''"
              >
                <nz-date-picker nzId="promo-end" formControlName="windowEnd" nzFormat="yyyy-MM-dd" data-testid="promotion-end" />
              </nz-form-control>
            </nz-form-item>
          </div>
        </div>
        <nz-form-item>
          <label nz-checkbox formControlName="repeatsYearly" data-testid="promotion-repeats">{{ 'promotions.repeatsYearly' | t }}</label>
        </nz-form-item>
        <div nz-row [nzGutter]="16">
          <div nz-col [nzSpan]="12">
            <nz-form-item>
              <nz-form-label nzFor="promo-bonus">{{ 'promotions.bonusMonths' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="form.controls.bonusMonths | fieldError">
                <nz-input-number
                  nzId="promo-bonus"
                  formControlName="bonusMonths"
                  [nzMin]="0"
                  [nzMax]="24"
                  [nzPrecision]="0"
                  data-testid="promotion-bonus"
                />
              </nz-form-control>
            </nz-form-item>
          </div>
          <div nz-col [nzSpan]="12">
            <nz-form-item>
              <nz-form-label nzFor="promo-percent">{{ 'promotions.percentOff' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="form.controls.percentOff | fieldError">
                <nz-input-number
                  nzId="promo-percent"
                  formControlName="percentOff"
                  [nzMin]="0"
                  [nzMax]="100"
                  [nzPrecision]="2"
                  data-testid="promotion-percent"
                />
              </nz-form-control>
            </nz-form-item>
          </div>
        </div>
        @if (form.hasError('benefitRequired') && submitted()) {
          <div class="ant-form-item-explain-error block" data-testid="promotion-benefit-error">{{ 'promotions.benefitRequired' | t }}</div>
        }
        <nz-form-item>
          <nz-form-label nzFor="promo-voucher">{{ 'promotions.voucherCode' | t }}</nz-form-label>
          <nz-form-control [nzErrorTip]="form.controls.voucherCode | fieldError" [nzExtra]="'promotions.voucherHint' | t">
            <input nz-input id="promo-voucher" formControlName="voucherCode" maxlength="64" data-testid="promotion-voucher" />
          </nz-form-control>
        </nz-form-item>
        <div nz-row [nzGutter]="16">
          <div nz-col [nzSpan]="12">
            <nz-form-item>
              <nz-form-label>{{ 'promotions.combinable' | t }}</nz-form-label>
              <nz-switch formControlName="combinable" data-testid="promotion-combinable" />
            </nz-form-item>
          </div>
          <div nz-col [nzSpan]="12">
            <nz-form-item>
              <nz-form-label>{{ 'promotions.active' | t }}</nz-form-label>
              <nz-switch formControlName="active" data-testid="promotion-active" />
            </nz-form-item>
          </div>
        </div>
        <button type="submit" hidden></button>
      </form>
    </nz-modal>
  `,
})
export class PromotionDialog implements OnInit {
  private readonly hostApi = inject(HostSubscriptionsApi);
  private readonly errors = inject(ErrorNotifier);
  readonly promotion = input<PromotionDto | null>(null);
  readonly saved = output<PromotionDto>();
  readonly cancelled = output<void>();

  protected readonly form = buildPromotionForm(inject(FormBuilder));
  protected readonly saving = signal(false);
  protected readonly submitted = signal(false);

  ngOnInit(): void {
    this.form.setValue(promotionToForm(this.promotion()));
  }

  protected async submit(): Promise<void> {
    this.submitted.set(true);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      Object.values(this.form.controls).forEach((c) => c.markAsDirty());
      return;
    }
    const input = formToPromotionInput(this.form.getRawValue());
    const existing = this.promotion();
    this.saving.set(true);
    try {
      this.saved.emit(
        await firstValueFrom(existing ? this.hostApi.updatePromotion(existing.id, input) : this.hostApi.createPromotion(input)),
      );
    } catch (error) {
      this.errors.show(error, this.form);
    } finally {
      this.saving.set(false);
    }
  }
}
