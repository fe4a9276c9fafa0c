import type { Routes } from '@angular/router';
import { withPermission } from '../../core/auth/guards';
import { Permissions } from '../../core/auth/permissions';
import type { Feature } from '../../core/features/feature';
import { BILLING_I18N } from './billing.i18n';
import { BILLING_MENU } from './billing.menu';

export const billingPortalRoutes: Routes = [
  {
    path: 'invoices',
    ...withPermission(Permissions.billingView),
    loadComponent: () => import('./portal/invoices/invoices').then((m) => m.Invoices),
  },
];

export const billingConsoleRoutes: Routes = [
  {
    path: 'invoices',
    ...withPermission(Permissions.invoicesManage),
    loadComponent: () => import('./console/invoice-queue/invoice-queue').then((m) => m.InvoiceQueue),
  },
  {
    path: 'payments',
    ...withPermission(Permissions.ordersView),
    loadComponent: () => import('./console/payments/host-payments').then((m) => m.HostPayments),
  },
  {
    path: 'bank-statements',
    ...withPermission(Permissions.statementsImport),
    loadComponent: () => import('./console/bank-statements/bank-statements').then((m) => m.BankStatements),
  },
  {
    path: 'credits',
    ...withPermission(Permissions.creditsSettle),
    loadComponent: () => import('./console/credits/host-credits').then((m) => m.HostCredits),
  },
];

/** Billing: the tenant's invoices and credits; the provider's invoice queue, payments, bank statements and credits. */
export const billingFeature: Feature = {
  name: 'billing',
  portal: billingPortalRoutes,
  console: billingConsoleRoutes,
  menu: BILLING_MENU,
  i18n: BILLING_I18N,
};
