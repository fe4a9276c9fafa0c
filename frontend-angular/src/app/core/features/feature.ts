import { Provider } from '@angular/core';
import type { Routes } from '@angular/router';
import { Translations, provideTranslations } from '../i18n/dictionaries';
import { MENU, MenuEntry, buildMenu } from '../navigation/menu';

/**
 * What a feature (features/<name>/) contributes to the app, declared once in its `<name>.routes.ts`
 * and listed once in app.routes.ts.
 */
export interface Feature {
  /** The folder name under features/, e.g. 'tenants' (for messages and tests). */
  name: string;
  /** Pages outside the shell, for visitors (e.g. sign-up). */
  visitor?: Routes;
  /** Pages under `/portal` (the tenant portal). */
  portal?: Routes;
  /** Pages under `/console` (the provider console). */
  console?: Routes;
  /** Side-menu entries (`<name>.menu.ts`). */
  menu?: readonly MenuEntry[];
  /** The feature's texts (`<name>.i18n.ts`), merged into I18nService. */
  i18n: Translations;
}

/** The shell's menu combined from every feature's entries, and every feature's texts. */
export function provideFeatures(features: readonly Feature[]): Provider[] {
  return [
    { provide: MENU, useValue: buildMenu(features.flatMap((feature) => feature.menu ?? [])) },
    provideTranslations(...features.map((feature) => feature.i18n)),
  ];
}
