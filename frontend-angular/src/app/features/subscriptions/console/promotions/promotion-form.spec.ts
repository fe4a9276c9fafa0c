import { FormBuilder } from '@angular/forms';
import { describe, expect, it } from 'vitest';
import { buildPromotionForm, formToPromotionInput, promotionToForm } from './promotion-form';

describe('promotion form', () => {
  const dto = {
    id: 'p1',
    name: '春季活动',
    windowStart: '2026-03-01',
    windowEnd: '2026-03-31',
    repeatsYearly: true,
    bonusMonths: 1,
    percentOff: null,
    voucherCode: null,
    combinable: false,
    active: true,
  };

  it('round-trips a promotion through the form with YYYY-MM-DD dates', () => {
    const value = promotionToForm(dto);
    expect(value.windowStart).toEqual(new Date(2026, 2, 1));
    expect(formToPromotionInput(value)).toEqual({
      name: '春季活动',
      windowStart: '2026-03-01',
      windowEnd: '2026-03-31',
      repeatsYearly: true,
      bonusMonths: 1,
      percentOff: null,
      voucherCode: null,
      combinable: false,
      active: true,
    });
  });

  it('trims the voucher and drops empty benefits', () => {
    const input = formToPromotionInput({ ...promotionToForm(dto), voucherCode: '  SPRING ', bonusMonths: 0, percentOff: 5 });
    expect(input.voucherCode).toBe('SPRING');
    expect(input.bonusMonths).toBeNull();
    expect(input.percentOff).toBe(5);
  });

  it('needs a benefit and a window in order', () => {
    const form = buildPromotionForm(new FormBuilder());
    form.setValue({ ...promotionToForm(dto), bonusMonths: null, percentOff: null });
    expect(form.errors).toEqual({ benefitRequired: true });
    form.patchValue({ percentOff: 10, windowStart: new Date(2026, 3, 2), windowEnd: new Date(2026, 3, 1) });
    expect(form.errors).toEqual({ windowOrder: true });
    form.patchValue({ windowEnd: new Date(2026, 3, 2) });
    expect(form.valid).toBe(true);
  });
});
