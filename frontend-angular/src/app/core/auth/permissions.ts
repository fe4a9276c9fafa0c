/** Permission names granted by the backend (GET /api/me → permissions). */
export const Permissions = {
  tenantsView: 'Tenants.Tenants.View',
  tenantsManage: 'Tenants.Tenants.Manage',
  verificationReview: 'Tenants.Verification.Review',
  plansManage: 'Plans.Plans.Manage',
  jobsDashboard: 'Platform.Jobs.Dashboard',
  profileView: 'Tenants.Profile.View',
  verificationSubmit: 'Tenants.Verification.Submit',
  membersView: 'Tenants.Members.View',
  membersManage: 'Tenants.Members.Manage',
  apiClientsManage: 'Tenants.ApiClients.Manage',
  entitlementsView: 'Plans.Entitlements.View',
  ordersView: 'Subscriptions.Orders.View',
  ordersManage: 'Subscriptions.Orders.Manage',
  refunds: 'Subscriptions.Refunds',
  subscriptionsManage: 'Subscriptions.Subscriptions.Manage',
  promotionsManage: 'Subscriptions.Promotions.Manage',
  subscriptionOrder: 'Subscriptions.Order',
  subscriptionView: 'Subscriptions.View',
  usageView: 'Usage.View',
  usageRecord: 'Usage.Record',
} as const;

export type Permission = (typeof Permissions)[keyof typeof Permissions];
