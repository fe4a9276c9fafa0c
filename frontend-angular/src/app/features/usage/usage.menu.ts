import { Permissions } from '../../core/auth/permissions';
import type { MenuEntry } from '../../core/navigation/menu';

export const USAGE_MENU: readonly MenuEntry[] = [
  { area: 'portal', order: 80, labelKey: 'nav.usage', icon: 'pie-chart', path: '/portal/usage', permission: Permissions.usageView, testId: 'nav-usage' },
];
