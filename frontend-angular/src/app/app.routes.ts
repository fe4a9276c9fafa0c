import { Routes } from '@angular/router';
import { authGuard, guestGuard, homeRedirectGuard, permissionGuard } from './core/auth/guards';
import { Permissions } from './core/auth/permissions';
import { Shell } from './layout/shell/shell';

const page = (permission: string) => ({ canActivate: [permissionGuard], data: { permission } });

export const routes: Routes = [
  { path: 'sign-in', canActivate: [guestGuard], loadComponent: () => import('./pages/auth/sign-in/sign-in').then((m) => m.SignIn) },
  { path: 'sign-up', canActivate: [guestGuard], loadComponent: () => import('./pages/auth/sign-up/sign-up').then((m) => m.SignUp) },
  {
    path: '',
    component: Shell,
    canActivate: [authGuard],
    children: [
      { path: '', pathMatch: 'full', canActivate: [homeRedirectGuard], children: [] },
      {
        path: 'portal',
        children: [
          { path: '', pathMatch: 'full', redirectTo: 'overview' },
          { path: 'overview', ...page(Permissions.profileView), loadComponent: () => import('./pages/portal/overview/overview').then((m) => m.Overview) },
          { path: 'verification', ...page(Permissions.verificationSubmit), loadComponent: () => import('./pages/portal/verification/verification').then((m) => m.Verification) },
          { path: 'plans', ...page(Permissions.profileView), loadComponent: () => import('./pages/portal/plans/plans').then((m) => m.Plans) },
          { path: 'subscribe', ...page(Permissions.subscriptionOrder), loadComponent: () => import('./pages/portal/subscribe/subscribe').then((m) => m.Subscribe) },
          { path: 'subscription', ...page(Permissions.subscriptionView), loadComponent: () => import('./pages/portal/subscription/subscription').then((m) => m.Subscription) },
          { path: 'orders', ...page(Permissions.subscriptionView), loadComponent: () => import('./pages/portal/orders/orders').then((m) => m.Orders) },
          { path: 'orders/:id', ...page(Permissions.subscriptionView), loadComponent: () => import('./pages/portal/order-detail/order-detail').then((m) => m.OrderDetail) },
          { path: 'invoices', ...page(Permissions.billingView), loadComponent: () => import('./pages/portal/invoices/invoices').then((m) => m.Invoices) },
          { path: 'usage', ...page(Permissions.usageView), loadComponent: () => import('./pages/portal/usage/usage').then((m) => m.Usage) },
          { path: 'entitlements', ...page(Permissions.entitlementsView), loadComponent: () => import('./pages/portal/entitlements/entitlements').then((m) => m.Entitlements) },
          { path: 'members', ...page(Permissions.membersView), loadComponent: () => import('./pages/portal/members/members').then((m) => m.Members) },
          { path: 'api-clients', ...page(Permissions.apiClientsManage), loadComponent: () => import('./pages/portal/api-clients/api-clients').then((m) => m.ApiClients) },
        ],
      },
      {
        path: 'console',
        children: [
          { path: '', pathMatch: 'full', redirectTo: 'tenants' },
          { path: 'verification-queue', ...page(Permissions.verificationReview), loadComponent: () => import('./pages/console/verification-queue/verification-queue').then((m) => m.VerificationQueue) },
          { path: 'tenants', ...page(Permissions.tenantsView), loadComponent: () => import('./pages/console/tenants/tenants').then((m) => m.Tenants) },
          { path: 'orders', ...page(Permissions.ordersView), loadComponent: () => import('./pages/console/orders/host-orders').then((m) => m.HostOrders) },
          { path: 'subscriptions', ...page(Permissions.ordersView), loadComponent: () => import('./pages/console/subscriptions/host-subscriptions').then((m) => m.HostSubscriptions) },
          { path: 'invoices', ...page(Permissions.invoicesManage), loadComponent: () => import('./pages/console/invoice-queue/invoice-queue').then((m) => m.InvoiceQueue) },
          { path: 'payments', ...page(Permissions.ordersView), loadComponent: () => import('./pages/console/payments/host-payments').then((m) => m.HostPayments) },
          { path: 'bank-statements', ...page(Permissions.statementsImport), loadComponent: () => import('./pages/console/bank-statements/bank-statements').then((m) => m.BankStatements) },
          { path: 'credits', ...page(Permissions.creditsSettle), loadComponent: () => import('./pages/console/credits/host-credits').then((m) => m.HostCredits) },
          { path: 'calendar', ...page(Permissions.calendarManage), loadComponent: () => import('./pages/console/calendar/calendar').then((m) => m.CalendarEditor) },
          { path: 'promotions', ...page(Permissions.promotionsManage), loadComponent: () => import('./pages/console/promotions/promotions').then((m) => m.Promotions) },
          { path: 'plans', ...page(Permissions.plansManage), loadComponent: () => import('./pages/console/plans/plans').then((m) => m.ConsolePlans) },
          { path: 'plans/:code', ...page(Permissions.plansManage), loadComponent: () => import('./pages/console/plan-edit/plan-edit').then((m) => m.PlanEdit) },
        ],
      },
      { path: 'forbidden', loadComponent: () => import('./pages/forbidden/forbidden').then((m) => m.Forbidden) },
      { path: '**', loadComponent: () => import('./pages/not-found/not-found').then((m) => m.NotFound) },
    ],
  },
];
