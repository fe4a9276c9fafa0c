import { Permissions } from '../../core/auth/permissions';
import type { MenuEntry } from '../../core/navigation/menu';
import type { BillingKey } from './billing.i18n';

export const BILLING_MENU: readonly MenuEntry<BillingKey>[] = [
  {
    area: 'portal',
    order: 70,
    labelKey: 'nav.invoices',
    icon: 'file-done',
    path: '/portal/invoices',
    permission: Permissions.billingView,
    testId: 'nav-invoices',
  },
  {
    area: 'console',
    order: 50,
    labelKey: 'nav.invoiceQueue',
    icon: 'file-done',
    path: '/console/invoices',
    permission: Permissions.invoicesManage,
    testId: 'nav-invoice-queue',
  },
  {
    area: 'console',
    order: 60,
    labelKey: 'nav.hostPayments',
    icon: 'dollar',
    path: '/console/payments',
    permission: Permissions.ordersView,
    testId: 'nav-host-payments',
  },
  {
    area: 'console',
    order: 70,
    labelKey: 'nav.bankStatements',
    icon: 'bank',
    path: '/console/bank-statements',
    permission: Permissions.statementsImport,
    testId: 'nav-bank-statements',
  },
  {
    area: 'console',
    order: 80,
    labelKey: 'nav.credits',
    icon: 'rollback',
    path: '/console/credits',
    permission: Permissions.creditsSettle,
    testId: 'nav-credits',
  },
];
