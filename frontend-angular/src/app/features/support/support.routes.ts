import type { Routes } from '@angular/router';
import { withPermission } from '../../core/auth/guards';
import { Permissions } from '../../core/auth/permissions';
import type { Feature } from '../../core/features/feature';
import { SUPPORT_I18N } from './support.i18n';
import { SUPPORT_MENU } from './support.menu';

export const supportPortalRoutes: Routes = [
  // the shell's "banner" outlet: an empty path, so it shows above every portal page (the banner checks the permission itself)
  { path: '', outlet: 'banner', loadComponent: () => import('./ui/announcement-banner').then((m) => m.AnnouncementBanner) },
  {
    path: 'tickets',
    ...withPermission(Permissions.supportTickets),
    loadComponent: () => import('./portal/tickets/tickets').then((m) => m.Tickets),
  },
  {
    path: 'tickets/:id',
    ...withPermission(Permissions.supportTickets),
    loadComponent: () => import('./portal/ticket/ticket').then((m) => m.Ticket),
  },
  {
    path: 'announcements',
    ...withPermission(Permissions.supportTickets),
    loadComponent: () => import('./portal/announcements/announcements').then((m) => m.Announcements),
  },
];

export const supportConsoleRoutes: Routes = [
  {
    path: 'support',
    ...withPermission(Permissions.supportQueue),
    loadComponent: () => import('./console/queue/support-queue').then((m) => m.SupportQueue),
  },
  {
    path: 'support/:id',
    ...withPermission(Permissions.supportQueue),
    loadComponent: () => import('./console/ticket/host-ticket').then((m) => m.HostTicket),
  },
  {
    path: 'account-managers',
    ...withPermission(Permissions.supportQueue),
    loadComponent: () => import('./console/account-managers/account-managers').then((m) => m.AccountManagers),
  },
  {
    path: 'announcements',
    ...withPermission(Permissions.announcementsManage),
    loadComponent: () => import('./console/announcements/announcements-editor').then((m) => m.AnnouncementsEditor),
  },
  {
    path: 'sla',
    ...withPermission(Permissions.supportQueue),
    loadComponent: () => import('./console/sla/sla-report').then((m) => m.SlaReport),
  },
  {
    path: 'support-settings',
    ...withPermission(Permissions.supportSettings),
    loadComponent: () => import('./console/settings/support-settings').then((m) => m.SupportSettings),
  },
];

/** Support: the tenant's tickets and account manager; the provider's queue, ticket view and account managers. */
export const supportFeature: Feature = {
  name: 'support',
  portal: supportPortalRoutes,
  console: supportConsoleRoutes,
  menu: SUPPORT_MENU,
  i18n: SUPPORT_I18N,
};
