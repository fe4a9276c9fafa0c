import { Permissions } from '../../core/auth/permissions';
import type { MenuEntry } from '../../core/navigation/menu';
import type { UsageKey } from './usage.i18n';

export const USAGE_MENU: readonly MenuEntry<UsageKey>[] = [
  {
    area: 'portal',
    order: 80,
    labelKey: 'nav.usage',
    icon: 'pie-chart',
    path: '/portal/usage',
    permission: Permissions.usageView,
    testId: 'nav-usage',
  },
];
