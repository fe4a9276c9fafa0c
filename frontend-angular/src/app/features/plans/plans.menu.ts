import { Permissions } from '../../core/auth/permissions';
import type { MenuEntry } from '../../core/navigation/menu';
import type { PlansKey } from './plans.i18n';

export const PLANS_MENU: readonly MenuEntry<PlansKey>[] = [
  {
    area: 'portal',
    order: 30,
    labelKey: 'nav.plans',
    icon: 'appstore',
    path: '/portal/plans',
    permission: Permissions.profileView,
    testId: 'nav-plans',
  },
  {
    area: 'portal',
    order: 90,
    labelKey: 'nav.entitlements',
    icon: 'unordered-list',
    path: '/portal/entitlements',
    permission: Permissions.entitlementsView,
    testId: 'nav-entitlements',
  },
  {
    area: 'console',
    order: 110,
    labelKey: 'nav.planEditor',
    icon: 'profile',
    path: '/console/plans',
    permission: Permissions.plansManage,
    testId: 'nav-plan-editor',
  },
];
