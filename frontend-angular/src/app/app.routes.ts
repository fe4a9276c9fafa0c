import { Routes } from '@angular/router';
import { authGuard, guestGuard, homeRedirectGuard } from './core/auth/guards';
import type { Feature } from './core/features/feature';
import { billingFeature } from './features/billing/billing.routes';
import { calendarFeature } from './features/calendar/calendar.routes';
import { notificationsFeature } from './features/notifications/notifications.routes';
import { plansFeature } from './features/plans/plans.routes';
import { subscriptionsFeature } from './features/subscriptions/subscriptions.routes';
import { supportFeature } from './features/support/support.routes';
import { tenantsFeature } from './features/tenants/tenants.routes';
import { usageFeature } from './features/usage/usage.routes';
import { Shell } from './layout/shell/shell';

/** Every feature of the SPA, once: its routes, menu entries (app.config.ts provides them to the shell). A new feature is one line here. */
export const FEATURES: readonly Feature[] = [
  tenantsFeature,
  plansFeature,
  subscriptionsFeature,
  usageFeature,
  billingFeature,
  calendarFeature,
  supportFeature,
  notificationsFeature,
];

const all = (area: 'visitor' | 'portal' | 'console'): Routes => FEATURES.flatMap((feature) => feature[area] ?? []);

export const routes: Routes = [
  { path: 'sign-in', canActivate: [guestGuard], loadComponent: () => import('./layout/sign-in/sign-in').then((m) => m.SignIn) },
  ...all('visitor'),
  {
    path: '',
    component: Shell,
    canActivate: [authGuard],
    children: [
      { path: '', pathMatch: 'full', canActivate: [homeRedirectGuard], children: [] },
      { path: 'portal', children: [{ path: '', pathMatch: 'full', redirectTo: 'overview' }, ...all('portal')] },
      { path: 'console', children: [{ path: '', pathMatch: 'full', redirectTo: 'tenants' }, ...all('console')] },
      { path: 'forbidden', loadComponent: () => import('./layout/forbidden/forbidden').then((m) => m.Forbidden) },
      { path: '**', loadComponent: () => import('./layout/not-found/not-found').then((m) => m.NotFound) },
    ],
  },
];
