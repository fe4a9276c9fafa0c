import type { Routes } from '@angular/router';
import { withPermission } from '../../core/auth/guards';
import { Permissions } from '../../core/auth/permissions';
import type { Feature } from '../../core/features/feature';
import { NOTIFICATIONS_I18N } from './notifications.i18n';
import { NOTIFICATIONS_MENU } from './notifications.menu';

export const notificationsPortalRoutes: Routes = [
  {
    path: 'notification-preferences',
    ...withPermission(Permissions.notificationsPreferences),
    loadComponent: () => import('./portal/preferences/preferences').then((m) => m.Preferences),
  },
  {
    path: 'webhooks',
    ...withPermission(Permissions.notificationsWebhooks),
    loadComponent: () => import('./portal/webhooks/webhooks').then((m) => m.Webhooks),
  },
];

export const notificationsConsoleRoutes: Routes = [
  {
    path: 'mail-log',
    ...withPermission(Permissions.notificationsLog),
    loadComponent: () => import('./console/mail-log/mail-log').then((m) => m.MailLog),
  },
  {
    path: 'outbox',
    ...withPermission(Permissions.notificationsLog),
    loadComponent: () => import('./console/outbox/outbox').then((m) => m.Outbox),
  },
];

/** Notifications: the tenant's member preferences and webhooks; the provider's mail log and outbox. */
export const notificationsFeature: Feature = {
  name: 'notifications',
  portal: notificationsPortalRoutes,
  console: notificationsConsoleRoutes,
  menu: NOTIFICATIONS_MENU,
  i18n: NOTIFICATIONS_I18N,
};
