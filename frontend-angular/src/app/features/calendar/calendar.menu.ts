import { Permissions } from '../../core/auth/permissions';
import type { MenuEntry } from '../../core/navigation/menu';

export const CALENDAR_MENU: readonly MenuEntry[] = [
  { area: 'console', order: 90, labelKey: 'nav.calendar', icon: 'calendar', path: '/console/calendar', permission: Permissions.calendarManage, testId: 'nav-calendar' },
];
