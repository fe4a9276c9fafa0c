import { FormControl, FormGroup, NonNullableFormBuilder, Validators } from '@angular/forms';
import type { EntitlementDto, EntitlementKind, PlanDto, QuotaPeriod, UpdatePlanRequest } from '../../../../api/models';

export const ENTITLEMENT_KINDS: EntitlementKind[] = ['Switch', 'Limit', 'Quota', 'Rate'];
export const QUOTA_PERIODS: QuotaPeriod[] = ['Month', 'Year'];

export type EntitlementForm = FormGroup<{
  key: FormControl<string>;
  kind: FormControl<EntitlementKind>;
  enabled: FormControl<boolean>;
  amount: FormControl<number | null>;
  unit: FormControl<string>;
  period: FormControl<QuotaPeriod | null>;
  note: FormControl<string>;
  /** Rows that exist in the saved plan keep their key and kind. */
  isNew: FormControl<boolean>;
}>;

export function entitlementForm(fb: NonNullableFormBuilder, e?: EntitlementDto): EntitlementForm {
  const group: EntitlementForm = fb.group({
    key: fb.control(e?.key ?? '', [Validators.required, Validators.pattern(/^[a-z0-9][a-z0-9.-]*$/)]),
    kind: fb.control<EntitlementKind>(e?.kind ?? 'Limit'),
    enabled: fb.control(e?.enabled ?? false),
    amount: new FormControl<number | null>(e?.amount === null || e?.amount === undefined ? null : Number(e.amount)),
    unit: fb.control(e?.unit ?? ''),
    period: new FormControl<QuotaPeriod | null>(e?.period ?? null),
    note: fb.control(e?.note ?? ''),
    isNew: fb.control(!e),
  });
  applyKindRules(group);
  group.controls.kind.valueChanges.subscribe(() => applyKindRules(group));
  return group;
}

/** Limits, quotas and rates need a whole, non-negative amount; quotas also a period. */
export function applyKindRules(group: EntitlementForm): void {
  const { kind, amount, period } = group.controls;
  const needsAmount = kind.value !== 'Switch';
  amount.setValidators(needsAmount ? [Validators.required, Validators.min(0), Validators.pattern(/^\d+$/)] : null);
  period.setValidators(kind.value === 'Quota' ? Validators.required : null);
  if (kind.value === 'Quota' && !period.value) period.setValue('Month', { emitEvent: false });
  amount.updateValueAndValidity({ emitEvent: false });
  period.updateValueAndValidity({ emitEvent: false });
}

/** The request body; fields that do not apply to a kind are sent as null. */
export function toUpdateRequest(name: string, annualPrice: number, rows: EntitlementForm[]): UpdatePlanRequest {
  return {
    name: name.trim(),
    annualPrice,
    entitlements: rows.map((row) => toEntitlementDto(row.getRawValue())),
  };
}

export function toEntitlementDto(v: ReturnType<EntitlementForm['getRawValue']>): EntitlementDto {
  const isSwitch = v.kind === 'Switch';
  return {
    key: v.key.trim(),
    kind: v.kind,
    enabled: isSwitch ? v.enabled : null,
    amount: isSwitch ? null : v.amount,
    unit: isSwitch ? null : v.unit.trim() || null,
    period: v.kind === 'Quota' ? v.period : null,
    note: v.note.trim() || null,
  };
}

export function sortedVersions(plan: PlanDto) {
  return [...(plan.versions ?? [])].sort((a, b) => Number(b.version) - Number(a.version));
}
