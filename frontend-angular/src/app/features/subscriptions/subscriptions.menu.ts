import { Permissions } from '../../core/auth/permissions';
import type { MenuEntry } from '../../core/navigation/menu';
import type { SubscriptionsKey } from './subscriptions.i18n';

export const SUBSCRIPTIONS_MENU: readonly MenuEntry<SubscriptionsKey>[] = [
  {
    area: 'portal',
    order: 40,
    labelKey: 'nav.subscribe',
    icon: 'shopping-cart',
    path: '/portal/subscribe',
    permission: Permissions.subscriptionOrder,
    testId: 'nav-subscribe',
  },
  {
    area: 'portal',
    order: 50,
    labelKey: 'nav.subscription',
    icon: 'crown',
    path: '/portal/subscription',
    permission: Permissions.subscriptionView,
    testId: 'nav-subscription',
  },
  {
    area: 'portal',
    order: 60,
    labelKey: 'nav.orders',
    icon: 'file-text',
    path: '/portal/orders',
    permission: Permissions.subscriptionView,
    testId: 'nav-orders',
  },
  {
    area: 'console',
    order: 30,
    labelKey: 'nav.hostOrders',
    icon: 'account-book',
    path: '/console/orders',
    permission: Permissions.ordersView,
    testId: 'nav-host-orders',
  },
  {
    area: 'console',
    order: 40,
    labelKey: 'nav.hostSubscriptions',
    icon: 'crown',
    path: '/console/subscriptions',
    permission: Permissions.ordersView,
    testId: 'nav-host-subscriptions',
  },
  {
    area: 'console',
    order: 100,
    labelKey: 'nav.promotions',
    icon: 'gift',
    path: '/console/promotions',
    permission: Permissions.promotionsManage,
    testId: 'nav-promotions',
  },
];
