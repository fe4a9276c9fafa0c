import { Permissions } from '../../core/auth/permissions';
import type { MenuEntry } from '../../core/navigation/menu';
import type { CalendarKey } from './calendar.i18n';

export const CALENDAR_MENU: readonly MenuEntry<CalendarKey>[] = [
  {
    area: 'console',
    order: 90,
    labelKey: 'nav.calendar',
    icon: 'calendar',
    path: '/console/calendar',
    permission: Permissions.calendarManage,
    testId: 'nav-calendar',
  },
];
