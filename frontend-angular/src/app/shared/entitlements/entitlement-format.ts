import type { EntitlementKind, QuotaPeriod } from '../../api/models';
import type { I18nService } from '../../core/i18n/i18n.service';

export interface EntitlementValueLike {
  kind: EntitlementKind;
  enabled?: boolean | null;
  amount?: number | string | null;
  unit?: string | null;
  period?: QuotaPeriod | null;
}

const numberFormat = new Intl.NumberFormat('en-US');

/** "2,000 members", "500,000 / month", "40 / s"; switches are "on"/"off". */
export function formatEntitlementValue(value: EntitlementValueLike, i18n: I18nService): string {
  if (value.kind === 'Switch') return i18n.t(value.enabled ? 'entitlement.on' : 'entitlement.off');
  if (value.amount === null || value.amount === undefined || value.amount === '') return '—';
  const amount = numberFormat.format(Number(value.amount));
  const unit = value.unit ? ` ${i18n.has(`unit.${value.unit}`) ? i18n.t(`unit.${value.unit}`) : value.unit}` : '';
  if (value.kind === 'Rate') return `${amount}${unit || ` ${i18n.t('unit.perSecond')}`}`;
  if (value.kind === 'Quota' && value.period) return `${amount}${unit} / ${i18n.t(`period.${value.period}`)}`;
  return `${amount}${unit}`;
}

/** A readable label for an entitlement key, falling back to the key itself. */
export function entitlementLabel(key: string, i18n: I18nService): string {
  return i18n.has(`ent.${key}`) ? i18n.t(`ent.${key}`) : key;
}
