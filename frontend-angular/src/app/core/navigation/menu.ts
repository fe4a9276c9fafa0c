import { InjectionToken } from '@angular/core';

/** Where a page lives: the tenant portal (`/portal/...`) or the provider console (`/console/...`). */
export type MenuArea = 'portal' | 'console';

export interface MenuItem {
  labelKey: string;
  icon: string;
  path: string;
  permission: string;
  testId: string;
}

/** One side-menu entry as a feature contributes it (`<feature>.menu.ts`); `order` places it among all features' entries. */
export interface MenuEntry<K extends string = string> extends MenuItem {
  labelKey: K;
  area: MenuArea;
  order: number;
}

export interface MenuSection {
  titleKey: string;
  icon: string;
  items: MenuItem[];
}

const SECTIONS: readonly { area: MenuArea; titleKey: string; icon: string }[] = [
  { area: 'portal', titleKey: 'nav.portal', icon: 'shop' },
  { area: 'console', titleKey: 'nav.console', icon: 'cluster' },
];

/** The whole side menu, combined from the features' entries (see app.routes.ts); routes carry the same permissions. */
export const MENU = new InjectionToken<readonly MenuSection[]>('MENU', { factory: () => [] });

/** Portal section first, then the console; entries by their `order`. */
export function buildMenu(entries: readonly MenuEntry[]): MenuSection[] {
  return SECTIONS.map(({ area, titleKey, icon }) => ({
    titleKey,
    icon,
    items: entries
      .filter((entry) => entry.area === area)
      .sort((a, b) => a.order - b.order)
      .map(({ labelKey, icon, path, permission, testId }) => ({ labelKey, icon, path, permission, testId })),
  }));
}

export type PermissionCheck = (permission: string) => boolean;

/** Sections and items the user may see; empty sections disappear. */
export function visibleMenu(can: PermissionCheck, menu: readonly MenuSection[]): MenuSection[] {
  return menu
    .map((section) => ({ ...section, items: section.items.filter((item) => can(item.permission)) }))
    .filter((section) => section.items.length > 0);
}

/** Where a user lands after sign-in: the first page they may open, or null when there is none. */
export function firstAllowedPath(can: PermissionCheck, menu: readonly MenuSection[]): string | null {
  return visibleMenu(can, menu)[0]?.items[0]?.path ?? null;
}
