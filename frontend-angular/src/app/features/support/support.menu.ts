import { Permissions } from '../../core/auth/permissions';
import type { MenuEntry } from '../../core/navigation/menu';
import type { SupportKey } from './support.i18n';

export const SUPPORT_MENU: readonly MenuEntry<SupportKey>[] = [
  {
    area: 'portal',
    order: 120,
    labelKey: 'nav.tickets',
    icon: 'mail',
    path: '/portal/tickets',
    permission: Permissions.supportTickets,
    testId: 'nav-tickets',
  },
  {
    area: 'portal',
    order: 125,
    labelKey: 'nav.announcements',
    icon: 'bell',
    path: '/portal/announcements',
    permission: Permissions.supportTickets,
    testId: 'nav-announcements',
  },
  {
    area: 'console',
    order: 130,
    labelKey: 'nav.supportQueue',
    icon: 'schedule',
    path: '/console/support',
    permission: Permissions.supportQueue,
    testId: 'nav-support-queue',
  },
  {
    area: 'console',
    order: 140,
    labelKey: 'nav.accountManagers',
    icon: 'team',
    path: '/console/account-managers',
    permission: Permissions.supportQueue,
    testId: 'nav-account-managers',
  },
  {
    area: 'console',
    order: 150,
    labelKey: 'nav.announcementsEditor',
    icon: 'bell',
    path: '/console/announcements',
    permission: Permissions.announcementsManage,
    testId: 'nav-announcements-editor',
  },
  {
    area: 'console',
    order: 160,
    labelKey: 'nav.slaReport',
    icon: 'pie-chart',
    path: '/console/sla',
    permission: Permissions.supportQueue,
    testId: 'nav-sla-report',
  },
  {
    area: 'console',
    order: 170,
    labelKey: 'nav.supportSettings',
    icon: 'clock-circle',
    path: '/console/support-settings',
    permission: Permissions.supportSettings,
    testId: 'nav-support-settings',
  },
];
