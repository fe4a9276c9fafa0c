import { describe, expect, it } from 'vitest';
import { FEATURES } from './app.routes';
import { Permissions } from './core/auth/permissions';
import { PermissionCheck, buildMenu, firstAllowedPath as firstAllowed, visibleMenu as visible } from './core/navigation/menu';

// The side menu as the app assembles it from its features' entries (see provideFeatures).
const MENU = buildMenu(FEATURES.flatMap((feature) => feature.menu ?? []));
const visibleMenu = (can: PermissionCheck) => visible(can, MENU);
const firstAllowedPath = (can: PermissionCheck) => firstAllowed(can, MENU);

const can =
  (...granted: string[]) =>
  (permission: string) =>
    granted.includes(permission);
const paths = (sections: ReturnType<typeof visibleMenu>) => sections.flatMap((s) => s.items.map((i) => i.path));

describe('menu filtering by permission (the menu combined from the features)', () => {
  it('shows a tenant admin the whole portal and nothing of the console', () => {
    const tenantAdmin = can(
      Permissions.profileView,
      Permissions.verificationSubmit,
      Permissions.membersView,
      Permissions.membersManage,
      Permissions.apiClientsManage,
      Permissions.entitlementsView,
    );
    const sections = visibleMenu(tenantAdmin);
    expect(sections.map((s) => s.titleKey)).toEqual(['nav.portal']);
    expect(paths(sections)).toEqual([
      '/portal/overview',
      '/portal/verification',
      '/portal/plans',
      '/portal/entitlements',
      '/portal/members',
      '/portal/api-clients',
    ]);
  });

  it('adds the subscription pages for the permissions of issue 3', () => {
    const tenantAdmin = can(
      Permissions.profileView,
      Permissions.verificationSubmit,
      Permissions.subscriptionOrder,
      Permissions.subscriptionView,
      Permissions.usageView,
      Permissions.entitlementsView,
    );
    expect(paths(visibleMenu(tenantAdmin))).toEqual([
      '/portal/overview',
      '/portal/verification',
      '/portal/plans',
      '/portal/subscribe',
      '/portal/subscription',
      '/portal/orders',
      '/portal/usage',
      '/portal/entitlements',
    ]);
    // a tenant member sees the subscription and usage, but cannot order
    expect(paths(visibleMenu(can(Permissions.profileView, Permissions.subscriptionView, Permissions.usageView)))).toEqual([
      '/portal/overview',
      '/portal/plans',
      '/portal/subscription',
      '/portal/orders',
      '/portal/usage',
    ]);
    // billing staff: orders, subscriptions and promotions, no plan editor
    const billing = can(
      Permissions.tenantsView,
      Permissions.verificationReview,
      Permissions.ordersView,
      Permissions.ordersManage,
      Permissions.promotionsManage,
    );
    expect(paths(visibleMenu(billing))).toEqual([
      '/console/verification-queue',
      '/console/tenants',
      '/console/orders',
      '/console/subscriptions',
      '/console/payments',
      '/console/promotions',
    ]);
  });

  it('adds the billing and calendar pages for the permissions of issue 4', () => {
    const tenantAdmin = can(Permissions.profileView, Permissions.subscriptionView, Permissions.billingView, Permissions.billingPay);
    expect(paths(visibleMenu(tenantAdmin))).toEqual([
      '/portal/overview',
      '/portal/plans',
      '/portal/subscription',
      '/portal/orders',
      '/portal/invoices',
    ]);
    const billing = can(
      Permissions.ordersView,
      Permissions.invoicesManage,
      Permissions.statementsImport,
      Permissions.creditsSettle,
      Permissions.calendarManage,
    );
    expect(paths(visibleMenu(billing))).toEqual([
      '/console/orders',
      '/console/subscriptions',
      '/console/invoices',
      '/console/payments',
      '/console/bank-statements',
      '/console/credits',
      '/console/calendar',
    ]);
    // the calendar alone (no orders permission): no payments page
    expect(paths(visibleMenu(can(Permissions.calendarManage)))).toEqual(['/console/calendar']);
  });

  it('shows a tenant member only what Profile.View and Entitlements.View allow', () => {
    expect(paths(visibleMenu(can(Permissions.profileView, Permissions.entitlementsView)))).toEqual([
      '/portal/overview',
      '/portal/plans',
      '/portal/entitlements',
    ]);
  });

  it('shows provider support staff only the tenant list', () => {
    const sections = visibleMenu(can(Permissions.tenantsView));
    expect(sections.map((s) => s.titleKey)).toEqual(['nav.console']);
    expect(paths(sections)).toEqual(['/console/tenants']);
  });

  it("lists every page once, each feature's entries in their place", () => {
    const everything = can(...Object.values(Permissions));
    expect(visibleMenu(everything).map((s) => s.titleKey)).toEqual(['nav.portal', 'nav.console']);
    expect(paths(visibleMenu(everything))).toEqual([
      '/portal/overview',
      '/portal/verification',
      '/portal/plans',
      '/portal/subscribe',
      '/portal/subscription',
      '/portal/orders',
      '/portal/invoices',
      '/portal/usage',
      '/portal/entitlements',
      '/portal/members',
      '/portal/api-clients',
      '/portal/tickets',
      '/portal/announcements',
      '/portal/notification-preferences',
      '/portal/webhooks',
      '/console/verification-queue',
      '/console/tenants',
      '/console/orders',
      '/console/subscriptions',
      '/console/invoices',
      '/console/payments',
      '/console/bank-statements',
      '/console/credits',
      '/console/calendar',
      '/console/promotions',
      '/console/plans',
      '/console/support',
      '/console/account-managers',
      '/console/announcements',
      '/console/sla',
      '/console/support-settings',
      '/console/mail-log',
      '/console/outbox',
    ]);
  });

  it('drops sections that end up empty and never mutates the source menu', () => {
    const before = JSON.stringify(MENU);
    expect(visibleMenu(can())).toEqual([]);
    expect(JSON.stringify(MENU)).toBe(before);
  });

  it('lands users on the first page they may open', () => {
    expect(firstAllowedPath(can(Permissions.profileView))).toBe('/portal/overview');
    expect(firstAllowedPath(can(Permissions.verificationReview, Permissions.tenantsView))).toBe('/console/verification-queue');
    expect(firstAllowedPath(can())).toBeNull();
  });
});
