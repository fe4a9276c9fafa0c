import type { Lang } from '../../core/i18n/dictionaries';

/** The fields both announcement shapes (staff and tenant) share for display. */
export interface Bilingual {
  titleZh: string;
  titleEn: string;
  bodyZh: string;
  bodyEn: string;
}

export function titleIn(a: Bilingual, lang: Lang): string {
  return lang === 'en-US' ? a.titleEn : a.titleZh;
}

export function bodyIn(a: Bilingual, lang: Lang): string {
  return lang === 'en-US' ? a.bodyEn : a.bodyZh;
}

export type AnnouncementKind = 'Maintenance' | 'Suspension' | 'General';

/** Alert type of the banner: a suspension is an error, maintenance a warning, news information. */
export function alertType(kind: AnnouncementKind): 'error' | 'warning' | 'info' {
  return kind === 'Suspension' ? 'error' : kind === 'Maintenance' ? 'warning' : 'info';
}

/** Hours from `now` to `start` (negative when past); for the §4.1 notice hint on the editor. */
export function hoursUntil(start: Date, now: Date = new Date()): number {
  return (start.getTime() - now.getTime()) / 3_600_000;
}
