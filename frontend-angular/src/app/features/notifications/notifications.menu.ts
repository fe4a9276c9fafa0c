import { Permissions } from '../../core/auth/permissions';
import type { MenuEntry } from '../../core/navigation/menu';
import type { NotificationsKey } from './notifications.i18n';

export const NOTIFICATIONS_MENU: readonly MenuEntry<NotificationsKey>[] = [
  {
    area: 'portal',
    order: 180,
    labelKey: 'nav.notificationPreferences',
    icon: 'bell',
    path: '/portal/notification-preferences',
    permission: Permissions.notificationsPreferences,
    testId: 'nav-notification-preferences',
  },
  {
    area: 'portal',
    order: 190,
    labelKey: 'nav.webhooks',
    icon: 'api',
    path: '/portal/webhooks',
    permission: Permissions.notificationsWebhooks,
    testId: 'nav-webhooks',
  },
  {
    area: 'console',
    order: 180,
    labelKey: 'nav.mailLog',
    icon: 'mail',
    path: '/console/mail-log',
    permission: Permissions.notificationsLog,
    testId: 'nav-mail-log',
  },
  {
    area: 'console',
    order: 190,
    labelKey: 'nav.outbox',
    icon: 'unordered-list',
    path: '/console/outbox',
    permission: Permissions.notificationsLog,
    testId: 'nav-outbox',
  },
];
