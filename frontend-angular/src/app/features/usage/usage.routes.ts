import type { Routes } from '@angular/router';
import { withPermission } from '../../core/auth/guards';
import { Permissions } from '../../core/auth/permissions';
import type { Feature } from '../../core/features/feature';
import { USAGE_I18N } from './usage.i18n';
import { USAGE_MENU } from './usage.menu';

export const usagePortalRoutes: Routes = [
  { path: 'usage', ...withPermission(Permissions.usageView), loadComponent: () => import('./portal/usage/usage').then((m) => m.Usage) },
];

/** Usage: metered quotas of the tenant's entitlements. */
export const usageFeature: Feature = {
  name: 'usage',
  portal: usagePortalRoutes,
  menu: USAGE_MENU,
  i18n: USAGE_I18N,
};
