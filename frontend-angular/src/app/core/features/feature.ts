import { Provider } from '@angular/core';
import type { Routes } from '@angular/router';
import { MENU, MenuEntry, buildMenu } from '../navigation/menu';

/**
 * What a feature (features/<name>/) contributes to the app, declared once in its `<name>.routes.ts`
 * and listed once in app.routes.ts.
 */
export interface Feature {
  /** Pages outside the shell, for visitors (e.g. sign-up). */
  visitor?: Routes;
  /** Pages under `/portal` (the tenant portal). */
  portal?: Routes;
  /** Pages under `/console` (the provider console). */
  console?: Routes;
  /** Side-menu entries (`<name>.menu.ts`). */
  menu?: readonly MenuEntry[];
}

/** The shell's menu combined from every feature's entries. */
export function provideFeatures(features: readonly Feature[]): Provider[] {
  return [{ provide: MENU, useValue: buildMenu(features.flatMap((feature) => feature.menu ?? [])) }];
}
