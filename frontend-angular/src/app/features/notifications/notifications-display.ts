import type { Lang } from '../../core/i18n/dictionaries';

/** Display rules of the Notifications pages (unit-tested in notifications-display.spec.ts). */

/** The mail kinds a member can opt in or out of, in the server's order (Notifications' MailKinds.All). */
export const MAIL_KINDS = ['subscription', 'billing', 'support', 'announcements'] as const;
export const LANGUAGES: readonly Lang[] = ['zh-CN', 'en-US'];
export const DELIVERY_STATUSES = ['Pending', 'Delivered', 'Failed'] as const;
export const CHANNELS = ['inbox', 'mail', 'webhook'] as const;

const DELIVERY_COLORS: Record<string, string> = { Pending: 'processing', Delivered: 'success', Failed: 'error' };
const MAIL_COLORS: Record<string, string> = { Sent: 'success', NotConfigured: 'warning', Failed: 'error' };

/** Tag color of a webhook or outbox delivery status (Pending, Delivered, Failed). */
export function deliveryStatusColor(status: string): string {
  return DELIVERY_COLORS[status] ?? 'default';
}

/** Tag color of a mail log status (Sent, NotConfigured, Failed). */
export function mailStatusColor(status: string): string {
  return MAIL_COLORS[status] ?? 'default';
}

/** An event type's description in the reader's language, falling back to the other language, then the type name. */
export function eventTypeLabel(description: Record<string, string> | null | undefined, type: string, lang: Lang): string {
  if (!description) return type;
  return description[lang] || description['zh-CN'] || description['en-US'] || type;
}

/** What the webhook form checks before the server does: an absolute https URL with a host (the server refuses private hosts). */
export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' && url.hostname.length > 0 && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** The same set of mail kinds, whatever the order (to tell a member's row has unsaved changes). */
export function sameKinds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((k) => b.includes(k));
}

/** Ticking or unticking one kind, kept in MAIL_KINDS order. */
export function toggleKind(kinds: readonly string[], kind: string, on: boolean): string[] {
  const next = new Set(kinds);
  if (on) next.add(kind);
  else next.delete(kind);
  return MAIL_KINDS.filter((k) => next.has(k));
}
