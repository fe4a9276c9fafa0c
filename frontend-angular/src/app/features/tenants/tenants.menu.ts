import { Permissions } from '../../core/auth/permissions';
import type { MenuEntry } from '../../core/navigation/menu';
import type { TenantsKey } from './tenants.i18n';

export const TENANTS_MENU: readonly MenuEntry<TenantsKey>[] = [
  {
    area: 'portal',
    order: 10,
    labelKey: 'nav.overview',
    icon: 'dashboard',
    path: '/portal/overview',
    permission: Permissions.profileView,
    testId: 'nav-overview',
  },
  {
    area: 'portal',
    order: 20,
    labelKey: 'nav.verification',
    icon: 'safety-certificate',
    path: '/portal/verification',
    permission: Permissions.verificationSubmit,
    testId: 'nav-verification',
  },
  {
    area: 'portal',
    order: 100,
    labelKey: 'nav.members',
    icon: 'team',
    path: '/portal/members',
    permission: Permissions.membersView,
    testId: 'nav-members',
  },
  {
    area: 'portal',
    order: 110,
    labelKey: 'nav.apiClients',
    icon: 'api',
    path: '/portal/api-clients',
    permission: Permissions.apiClientsManage,
    testId: 'nav-api-clients',
  },
  {
    area: 'console',
    order: 10,
    labelKey: 'nav.verificationQueue',
    icon: 'audit',
    path: '/console/verification-queue',
    permission: Permissions.verificationReview,
    testId: 'nav-verification-queue',
  },
  {
    area: 'console',
    order: 20,
    labelKey: 'nav.tenants',
    icon: 'bank',
    path: '/console/tenants',
    permission: Permissions.tenantsView,
    testId: 'nav-tenants',
  },
];
