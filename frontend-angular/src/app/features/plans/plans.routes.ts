import type { Routes } from '@angular/router';
import { withPermission } from '../../core/auth/guards';
import { Permissions } from '../../core/auth/permissions';
import type { Feature } from '../../core/features/feature';
import { PLANS_I18N } from './plans.i18n';
import { PLANS_MENU } from './plans.menu';

export const plansPortalRoutes: Routes = [
  { path: 'plans', ...withPermission(Permissions.profileView), loadComponent: () => import('./portal/plans/plans').then((m) => m.Plans) },
  {
    path: 'entitlements',
    ...withPermission(Permissions.entitlementsView),
    loadComponent: () => import('./portal/entitlements/entitlements').then((m) => m.Entitlements),
  },
];

export const plansConsoleRoutes: Routes = [
  {
    path: 'plans',
    ...withPermission(Permissions.plansManage),
    loadComponent: () => import('./console/plans/plans').then((m) => m.ConsolePlans),
  },
  {
    path: 'plans/:code',
    ...withPermission(Permissions.plansManage),
    loadComponent: () => import('./console/plan-edit/plan-edit').then((m) => m.PlanEdit),
  },
];

/** Plans: the plan comparison and the tenant's entitlements; the provider's plan and price editor. */
export const plansFeature: Feature = {
  name: 'plans',
  portal: plansPortalRoutes,
  console: plansConsoleRoutes,
  menu: PLANS_MENU,
  i18n: PLANS_I18N,
};
