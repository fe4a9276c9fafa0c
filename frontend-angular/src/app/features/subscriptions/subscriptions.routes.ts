import type { Routes } from '@angular/router';
import { withPermission } from '../../core/auth/guards';
import { Permissions } from '../../core/auth/permissions';
import type { Feature } from '../../core/features/feature';
import { SUBSCRIPTIONS_I18N } from './subscriptions.i18n';
import { SUBSCRIPTIONS_MENU } from './subscriptions.menu';

export const subscriptionsPortalRoutes: Routes = [
  {
    path: 'subscribe',
    ...withPermission(Permissions.subscriptionOrder),
    loadComponent: () => import('./portal/subscribe/subscribe').then((m) => m.Subscribe),
  },
  {
    path: 'subscription',
    ...withPermission(Permissions.subscriptionView),
    loadComponent: () => import('./portal/subscription/subscription').then((m) => m.Subscription),
  },
  {
    path: 'orders',
    ...withPermission(Permissions.subscriptionView),
    loadComponent: () => import('./portal/orders/orders').then((m) => m.Orders),
  },
  {
    path: 'orders/:id',
    ...withPermission(Permissions.subscriptionView),
    loadComponent: () => import('./portal/order-detail/order-detail').then((m) => m.OrderDetail),
  },
];

export const subscriptionsConsoleRoutes: Routes = [
  {
    path: 'orders',
    ...withPermission(Permissions.ordersView),
    loadComponent: () => import('./console/orders/host-orders').then((m) => m.HostOrders),
  },
  {
    path: 'subscriptions',
    ...withPermission(Permissions.ordersView),
    loadComponent: () => import('./console/subscriptions/host-subscriptions').then((m) => m.HostSubscriptions),
  },
  {
    path: 'promotions',
    ...withPermission(Permissions.promotionsManage),
    loadComponent: () => import('./console/promotions/promotions').then((m) => m.Promotions),
  },
];

/** Subscriptions: quotes, orders and the subscription; the provider's orders, subscriptions and promotions. */
export const subscriptionsFeature: Feature = {
  name: 'subscriptions',
  portal: subscriptionsPortalRoutes,
  console: subscriptionsConsoleRoutes,
  menu: SUBSCRIPTIONS_MENU,
  i18n: SUBSCRIPTIONS_I18N,
};
