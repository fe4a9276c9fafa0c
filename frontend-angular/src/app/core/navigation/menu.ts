import type { TranslationKey } from '../i18n/dictionaries';
import { Permissions } from '../auth/permissions';

export interface MenuItem {
  labelKey: TranslationKey;
  icon: string;
  path: string;
  permission: string;
  testId: string;
}

export interface MenuSection {
  titleKey: TranslationKey;
  icon: string;
  items: MenuItem[];
}

/** The side menu; routes carry the same permissions (see app.routes.ts) so hidden means unreachable. */
export const MENU: readonly MenuSection[] = [
  {
    titleKey: 'nav.portal',
    icon: 'shop',
    items: [
      { labelKey: 'nav.overview', icon: 'dashboard', path: '/portal/overview', permission: Permissions.profileView, testId: 'nav-overview' },
      { labelKey: 'nav.verification', icon: 'safety-certificate', path: '/portal/verification', permission: Permissions.verificationSubmit, testId: 'nav-verification' },
      { labelKey: 'nav.plans', icon: 'appstore', path: '/portal/plans', permission: Permissions.profileView, testId: 'nav-plans' },
      { labelKey: 'nav.subscribe', icon: 'shopping-cart', path: '/portal/subscribe', permission: Permissions.subscriptionOrder, testId: 'nav-subscribe' },
      { labelKey: 'nav.subscription', icon: 'crown', path: '/portal/subscription', permission: Permissions.subscriptionView, testId: 'nav-subscription' },
      { labelKey: 'nav.orders', icon: 'file-text', path: '/portal/orders', permission: Permissions.subscriptionView, testId: 'nav-orders' },
      { labelKey: 'nav.invoices', icon: 'file-done', path: '/portal/invoices', permission: Permissions.billingView, testId: 'nav-invoices' },
      { labelKey: 'nav.usage', icon: 'pie-chart', path: '/portal/usage', permission: Permissions.usageView, testId: 'nav-usage' },
      { labelKey: 'nav.entitlements', icon: 'unordered-list', path: '/portal/entitlements', permission: Permissions.entitlementsView, testId: 'nav-entitlements' },
      { labelKey: 'nav.members', icon: 'team', path: '/portal/members', permission: Permissions.membersView, testId: 'nav-members' },
      { labelKey: 'nav.apiClients', icon: 'api', path: '/portal/api-clients', permission: Permissions.apiClientsManage, testId: 'nav-api-clients' },
    ],
  },
  {
    titleKey: 'nav.console',
    icon: 'cluster',
    items: [
      { labelKey: 'nav.verificationQueue', icon: 'audit', path: '/console/verification-queue', permission: Permissions.verificationReview, testId: 'nav-verification-queue' },
      { labelKey: 'nav.tenants', icon: 'bank', path: '/console/tenants', permission: Permissions.tenantsView, testId: 'nav-tenants' },
      { labelKey: 'nav.hostOrders', icon: 'account-book', path: '/console/orders', permission: Permissions.ordersView, testId: 'nav-host-orders' },
      { labelKey: 'nav.hostSubscriptions', icon: 'crown', path: '/console/subscriptions', permission: Permissions.ordersView, testId: 'nav-host-subscriptions' },
      { labelKey: 'nav.invoiceQueue', icon: 'file-done', path: '/console/invoices', permission: Permissions.invoicesManage, testId: 'nav-invoice-queue' },
      { labelKey: 'nav.hostPayments', icon: 'dollar', path: '/console/payments', permission: Permissions.ordersView, testId: 'nav-host-payments' },
      { labelKey: 'nav.bankStatements', icon: 'bank', path: '/console/bank-statements', permission: Permissions.statementsImport, testId: 'nav-bank-statements' },
      { labelKey: 'nav.credits', icon: 'rollback', path: '/console/credits', permission: Permissions.creditsSettle, testId: 'nav-credits' },
      { labelKey: 'nav.calendar', icon: 'calendar', path: '/console/calendar', permission: Permissions.calendarManage, testId: 'nav-calendar' },
      { labelKey: 'nav.promotions', icon: 'gift', path: '/console/promotions', permission: Permissions.promotionsManage, testId: 'nav-promotions' },
      { labelKey: 'nav.planEditor', icon: 'profile', path: '/console/plans', permission: Permissions.plansManage, testId: 'nav-plan-editor' },
    ],
  },
];

export type PermissionCheck = (permission: string) => boolean;

/** Sections and items the user may see; empty sections disappear. */
export function visibleMenu(can: PermissionCheck, menu: readonly MenuSection[] = MENU): MenuSection[] {
  return menu
    .map((section) => ({ ...section, items: section.items.filter((item) => can(item.permission)) }))
    .filter((section) => section.items.length > 0);
}

/** Where a user lands after sign-in: the first page they may open, or null when there is none. */
export function firstAllowedPath(can: PermissionCheck, menu: readonly MenuSection[] = MENU): string | null {
  return visibleMenu(can, menu)[0]?.items[0]?.path ?? null;
}
