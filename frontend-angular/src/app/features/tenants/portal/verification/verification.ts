import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { firstValueFrom, map, startWith } from 'rxjs';
import type { SubmitVerificationRequest, TaxpayerType, TenantDto } from '../../../../api/models';
import { TenantApi } from '../../tenant.api';
import { ErrorNotifier } from '../../../../core/errors/error-notifier.service';
import { I18nService } from '../../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { creditCodeValidator } from '../../credit-code/credit-code';
import { FieldErrorPipe } from '../../../../shared/forms/field-error.pipe';
import { LoadError } from '../../../../shared/load-error/load-error';
import { VerificationStatusTag } from '../../../../shared/status-tags/verification-status-tag';
import { serverCreditCodeValidator } from './server-credit-code.validator';

const TAXPAYER_TYPES: TaxpayerType[] = ['General', 'SmallScale'];

@Component({
  selector: 'app-verification',
  imports: [
    ReactiveFormsModule,
    NzPageHeaderModule,
    NzCardModule,
    NzFormModule,
    NzInputModule,
    NzSelectModule,
    NzButtonModule,
    NzAlertModule,
    NzSpinModule,
    NzGridModule,
    TranslatePipe,
    FieldErrorPipe,
    LoadError,
    VerificationStatusTag,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './verification.html',
  styleUrl: './verification.scss',
})
export class Verification {
  private readonly tenants = inject(TenantApi);
  private readonly errors = inject(ErrorNotifier);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);
  private readonly fb = inject(NonNullableFormBuilder);

  protected readonly taxpayerTypes = TAXPAYER_TYPES;
  protected readonly profile = rxResource({ stream: () => this.tenants.profile() });
  protected readonly saving = signal(false);

  protected readonly form = this.fb.group({
    legalName: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(100)]],
    creditCode: this.fb.control('', {
      validators: [Validators.required, creditCodeValidator()],
      asyncValidators: [serverCreditCodeValidator(this.tenants)],
    }),
    taxpayerType: this.fb.control<TaxpayerType>('General', Validators.required),
    invoiceProfile: this.fb.group({
      name: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(100)]],
      taxpayerId: ['', [Validators.required, Validators.minLength(15), Validators.maxLength(20)]],
      address: ['', [Validators.required, Validators.maxLength(200)]],
      phone: ['', [Validators.required, Validators.pattern(/^[0-9+\- ()]{5,30}$/)]],
      bank: ['', [Validators.required, Validators.maxLength(100)]],
      account: ['', [Validators.required, Validators.pattern(/^[0-9 ]{6,40}$/)]],
    }),
  });

  /** Under review or accepted: the data is shown read-only. */
  protected readonly locked = computed(() => {
    const status = this.profile.value()?.verificationStatus;
    return status === 'Pending' || status === 'Verified';
  });

  protected readonly creditCodeState = toSignal(
    this.form.controls.creditCode.statusChanges.pipe(
      startWith(this.form.controls.creditCode.status),
      map(() => this.form.controls.creditCode),
      map((c) => (c.pending ? 'validating' : c.invalid && (c.dirty || c.touched) ? 'error' : c.valid && c.value ? 'success' : '')),
    ),
    { initialValue: '' },
  );

  constructor() {
    effect(() => {
      const tenant = this.profile.value();
      if (tenant) this.fill(tenant);
    });
    effect(() => (this.locked() ? this.form.disable({ emitEvent: false }) : this.form.enable({ emitEvent: false })));
  }

  /** Upper-cases the credit code while typing (licences print it in capitals). */
  protected normalizeCreditCode(): void {
    const control = this.form.controls.creditCode;
    const normalized = control.value.toUpperCase().replace(/\s+/g, '');
    if (normalized !== control.value) control.setValue(normalized);
  }

  /** The invoice title and taxpayer ID are usually the legal name and the credit code. */
  protected copyFromCompany(): void {
    const { legalName, creditCode } = this.form.getRawValue();
    this.form.controls.invoiceProfile.patchValue({ name: legalName, taxpayerId: creditCode });
  }

  protected async submit(): Promise<void> {
    if (this.form.invalid || this.form.pending) {
      markAllDirty(this.form);
      return;
    }
    this.saving.set(true);
    try {
      const value = this.form.getRawValue();
      const request: SubmitVerificationRequest = { ...value, legalName: value.legalName.trim(), creditCode: value.creditCode.trim() };
      const tenant = await firstValueFrom(this.tenants.submitVerification(request));
      this.profile.set(tenant);
      this.message.success(this.i18n.t('verification.submitted'));
    } catch (error) {
      this.errors.show(error, this.form);
    } finally {
      this.saving.set(false);
    }
  }

  private fill(tenant: TenantDto): void {
    const v = tenant.verification;
    if (v)
      this.form.reset({ legalName: v.legalName, creditCode: v.creditCode, taxpayerType: v.taxpayerType, invoiceProfile: v.invoiceProfile });
    else if (!this.form.dirty) this.form.patchValue({ legalName: tenant.name, invoiceProfile: { name: tenant.name } });
  }
}

function markAllDirty(group: { controls: Record<string, unknown> } & { markAllAsTouched(): void }): void {
  group.markAllAsTouched();
  for (const control of Object.values(group.controls) as {
    markAsDirty(): void;
    updateValueAndValidity(): void;
    controls?: Record<string, unknown>;
  }[]) {
    if (control.controls) markAllDirty(control as never);
    control.markAsDirty();
    control.updateValueAndValidity();
  }
}
