import { AbstractControl, FormBuilder, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import type { PromotionDto, PromotionInput } from '../../../../api/models';
import { fromIsoDate, toIsoDate } from '../../../../core/format/dates';

export interface PromotionFormValue {
  name: string;
  windowStart: Date | null;
  windowEnd: Date | null;
  repeatsYearly: boolean;
  bonusMonths: number | null;
  percentOff: number | null;
  voucherCode: string;
  combinable: boolean;
  active: boolean;
}

/** A promotion needs bonus months or a percent off, and a window that does not end before it starts. */
export const promotionRules: ValidatorFn = (group: AbstractControl): ValidationErrors | null => {
  const value = group.value as Partial<PromotionFormValue>;
  const errors: ValidationErrors = {};
  if (!(Number(value.bonusMonths) > 0) && !(Number(value.percentOff) > 0)) errors['benefitRequired'] = true;
  const start = toIsoDate(value.windowStart ?? null);
  const end = toIsoDate(value.windowEnd ?? null);
  if (start && end && end < start) errors['windowOrder'] = true;
  return Object.keys(errors).length ? errors : null;
};

export function buildPromotionForm(fb: FormBuilder) {
  return fb.nonNullable.group(
    {
      name: ['', [Validators.required, Validators.maxLength(100), Validators.pattern(/\S/)]],
      windowStart: fb.control<Date | null>(null, Validators.required),
      windowEnd: fb.control<Date | null>(null, Validators.required),
      repeatsYearly: [false],
      bonusMonths: fb.control<number | null>(null, [Validators.min(1), Validators.max(24)]),
      percentOff: fb.control<number | null>(null, [Validators.min(0.01), Validators.max(100)]),
      voucherCode: ['', [Validators.maxLength(64)]],
      combinable: [false],
      active: [true],
    },
    { validators: promotionRules },
  );
}

export function promotionToForm(p: PromotionDto | null): PromotionFormValue {
  return {
    name: p?.name ?? '',
    windowStart: fromIsoDate(p?.windowStart),
    windowEnd: fromIsoDate(p?.windowEnd),
    repeatsYearly: p?.repeatsYearly ?? false,
    bonusMonths: p?.bonusMonths ?? null,
    percentOff: p?.percentOff === null || p?.percentOff === undefined ? null : Number(p.percentOff),
    voucherCode: p?.voucherCode ?? '',
    combinable: p?.combinable ?? false,
    active: p?.active ?? true,
  };
}

export function formToPromotionInput(value: PromotionFormValue): PromotionInput {
  const positive = (n: number | null) => (n !== null && Number(n) > 0 ? Number(n) : null);
  return {
    name: value.name.trim(),
    windowStart: toIsoDate(value.windowStart),
    windowEnd: toIsoDate(value.windowEnd),
    repeatsYearly: value.repeatsYearly,
    bonusMonths: positive(value.bonusMonths),
    percentOff: positive(value.percentOff),
    voucherCode: value.voucherCode.trim() || null,
    combinable: value.combinable,
    active: value.active,
  };
}
