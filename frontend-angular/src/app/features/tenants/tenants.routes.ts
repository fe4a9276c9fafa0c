import type { Routes } from '@angular/router';
import { guestGuard, withPermission } from '../../core/auth/guards';
import { Permissions } from '../../core/auth/permissions';
import type { Feature } from '../../core/features/feature';
import { TENANTS_I18N } from './tenants.i18n';
import { TENANTS_MENU } from './tenants.menu';

export const tenantsVisitorRoutes: Routes = [
  { path: 'sign-up', canActivate: [guestGuard], loadComponent: () => import('./portal/sign-up/sign-up').then((m) => m.SignUp) },
];

export const tenantsPortalRoutes: Routes = [
  {
    path: 'overview',
    ...withPermission(Permissions.profileView),
    loadComponent: () => import('./portal/overview/overview').then((m) => m.Overview),
  },
  {
    path: 'verification',
    ...withPermission(Permissions.verificationSubmit),
    loadComponent: () => import('./portal/verification/verification').then((m) => m.Verification),
  },
  {
    path: 'members',
    ...withPermission(Permissions.membersView),
    loadComponent: () => import('./portal/members/members').then((m) => m.Members),
  },
  {
    path: 'api-clients',
    ...withPermission(Permissions.apiClientsManage),
    loadComponent: () => import('./portal/api-clients/api-clients').then((m) => m.ApiClients),
  },
];

export const tenantsConsoleRoutes: Routes = [
  {
    path: 'verification-queue',
    ...withPermission(Permissions.verificationReview),
    loadComponent: () => import('./console/verification-queue/verification-queue').then((m) => m.VerificationQueue),
  },
  {
    path: 'tenants',
    ...withPermission(Permissions.tenantsView),
    loadComponent: () => import('./console/tenants/tenants').then((m) => m.Tenants),
  },
];

/** Tenants: sign-up, verification, members, API clients; the provider's tenant list and verification queue. */
export const tenantsFeature: Feature = {
  name: 'tenants',
  visitor: tenantsVisitorRoutes,
  portal: tenantsPortalRoutes,
  console: tenantsConsoleRoutes,
  menu: TENANTS_MENU,
  i18n: TENANTS_I18N,
};
