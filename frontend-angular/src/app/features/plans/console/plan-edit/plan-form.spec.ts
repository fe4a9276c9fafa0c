import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import { describe, expect, it } from 'vitest';
import { entitlementForm, toUpdateRequest } from './plan-form';

describe('plan editor form', () => {
  const fb = () => TestBed.inject(NonNullableFormBuilder);

  it('sends only the fields that belong to each kind', () => {
    const rows = [
      entitlementForm(fb(), { key: 'insights', kind: 'Switch', enabled: true, amount: null, unit: null, period: null, note: null }),
      entitlementForm(fb(), { key: 'api.calls', kind: 'Quota', enabled: null, amount: 500000, unit: 'calls', period: 'Month', note: null }),
      entitlementForm(fb(), { key: 'api.rate', kind: 'Rate', enabled: null, amount: 40, unit: null, period: null, note: ' burst ' }),
    ];
    rows[0].controls.amount.setValue(3); // stale value from a kind change must not leak
    expect(toUpdateRequest(' Professional ', 8820, rows)).toEqual({
      name: 'Professional',
      annualPrice: 8820,
      entitlements: [
        { key: 'insights', kind: 'Switch', enabled: true, amount: null, unit: null, period: null, note: null },
        { key: 'api.calls', kind: 'Quota', enabled: null, amount: 500000, unit: 'calls', period: 'Month', note: null },
        { key: 'api.rate', kind: 'Rate', enabled: null, amount: 40, unit: null, period: null, note: 'burst' },
      ],
    });
  });

  it('requires a whole amount for limits and a period for quotas', () => {
    const row = entitlementForm(fb());
    row.controls.key.setValue('storage');
    expect(row.valid).toBe(false);
    row.controls.amount.setValue(1.5);
    expect(row.controls.amount.hasError('pattern')).toBe(true);
    row.controls.amount.setValue(100);
    expect(row.valid).toBe(true);
    row.controls.kind.setValue('Quota');
    expect(row.controls.period.value).toBe('Month');
    row.controls.kind.setValue('Switch');
    row.controls.amount.setValue(null);
    expect(row.valid).toBe(true);
  });
});
