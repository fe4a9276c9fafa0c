import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormArray, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTimelineModule } from 'ng-zorro-antd/timeline';
import { firstValueFrom, map } from 'rxjs';
import type { PlanDto } from '../../../../api/models';
import { PlansApi } from '../../plans.api';
import { ErrorNotifier } from '../../../../core/errors/error-notifier.service';
import { formatAnnualPrice } from '../../../../core/format/money';
import { I18nService } from '../../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { EntitlementLabelPipe } from '../../../../shared/entitlements/entitlement-label.pipe';
import { FieldErrorPipe } from '../../../../shared/forms/field-error.pipe';
import { LoadError } from '../../../../shared/load-error/load-error';
import { ENTITLEMENT_KINDS, EntitlementForm, QUOTA_PERIODS, entitlementForm, sortedVersions, toUpdateRequest } from './plan-form';

/** Edits a plan; saving creates a new version (subscriptions keep the version they were sold with). */
@Component({
  selector: 'app-plan-edit',
  imports: [
    DatePipe,
    ReactiveFormsModule,
    NzPageHeaderModule,
    NzCardModule,
    NzFormModule,
    NzInputModule,
    NzInputNumberModule,
    NzSelectModule,
    NzSwitchModule,
    NzTableModule,
    NzButtonModule,
    NzIconModule,
    NzPopconfirmModule,
    NzTagModule,
    NzTimelineModule,
    NzSpinModule,
    NzEmptyModule,
    NzGridModule,
    TranslatePipe,
    FieldErrorPipe,
    EntitlementLabelPipe,
    LoadError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-edit.html',
  styleUrl: './plan-edit.scss',
})
export class PlanEdit {
  private readonly plansApi = inject(PlansApi);
  private readonly errors = inject(ErrorNotifier);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly fb = inject(NonNullableFormBuilder);
  /** Route parameter :code. */
  readonly code = input.required<string>();

  protected readonly kinds = ENTITLEMENT_KINDS;
  protected readonly periods = QUOTA_PERIODS;
  protected readonly plan = rxResource({
    params: () => this.code(),
    stream: ({ params }) => this.plansApi.hostPlans().pipe(map((plans) => plans.find((p) => p.code === params) ?? null)),
  });
  protected readonly versions = computed(() => {
    const plan = this.plan.value();
    return plan ? sortedVersions(plan) : [];
  });
  protected readonly saving = signal(false);

  protected readonly form = this.fb.group({
    name: ['', [Validators.required, Validators.maxLength(100)]],
    annualPrice: this.fb.control<number>(0, [Validators.required, Validators.min(0)]),
    entitlements: new FormArray<EntitlementForm>([]),
  });

  constructor() {
    effect(() => {
      const plan = this.plan.value();
      if (plan) this.fill(plan);
    });
  }

  /** The rows as a signal, so the table sees additions and removals. */
  protected readonly rows = signal<EntitlementForm[]>([]);

  protected price(amount: number | string): string {
    return formatAnnualPrice(amount, this.i18n.lang());
  }

  protected addRow(): void {
    this.form.controls.entitlements.push(entitlementForm(this.fb));
    this.rows.set([...this.form.controls.entitlements.controls]);
    this.form.markAsDirty();
  }

  protected removeRow(index: number): void {
    this.form.controls.entitlements.removeAt(index);
    this.rows.set([...this.form.controls.entitlements.controls]);
    this.form.markAsDirty();
  }

  protected reset(): void {
    const plan = this.plan.value();
    if (plan) this.fill(plan);
  }

  protected async save(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      markDirtyDeep(this.form.controls.entitlements);
      this.form.controls.name.markAsDirty();
      this.form.controls.annualPrice.markAsDirty();
      this.message.warning(this.i18n.t('validation.fixErrors'));
      return;
    }
    const keys = this.rows().map((r) => r.controls.key.value.trim());
    const duplicate = keys.find((k, i) => keys.indexOf(k) !== i);
    if (duplicate) {
      this.message.warning(this.i18n.t('planEditor.duplicateKey', { key: duplicate }));
      return;
    }
    this.saving.set(true);
    try {
      const { name, annualPrice } = this.form.getRawValue();
      const saved = await firstValueFrom(this.plansApi.updatePlan(this.code(), toUpdateRequest(name, Number(annualPrice), this.rows())));
      // the PUT answer may omit the history: reload the list entry to get versions
      this.plan.reload();
      this.message.success(this.i18n.t('planEditor.saved', { version: saved.version }));
    } catch (error) {
      this.errors.show(error, this.form);
    } finally {
      this.saving.set(false);
    }
  }

  protected back(): void {
    void this.router.navigate(['/console/plans']);
  }

  private fill(plan: PlanDto): void {
    const array = this.form.controls.entitlements;
    array.clear({ emitEvent: false });
    for (const e of plan.entitlements) array.push(entitlementForm(this.fb, e), { emitEvent: false });
    this.rows.set([...array.controls]);
    this.form.controls.name.reset(plan.name);
    this.form.controls.annualPrice.reset(Number(plan.annualPrice));
    this.form.markAsPristine();
    this.form.markAsUntouched();
    this.form.updateValueAndValidity();
  }
}

function markDirtyDeep(array: FormArray<EntitlementForm>): void {
  for (const group of array.controls) for (const control of Object.values(group.controls)) control.markAsDirty();
}
