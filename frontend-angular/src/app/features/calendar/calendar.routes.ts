import type { Routes } from '@angular/router';
import { withPermission } from '../../core/auth/guards';
import { Permissions } from '../../core/auth/permissions';
import type { Feature } from '../../core/features/feature';
import { CALENDAR_I18N } from './calendar.i18n';
import { CALENDAR_MENU } from './calendar.menu';

export const calendarConsoleRoutes: Routes = [
  {
    path: 'calendar',
    ...withPermission(Permissions.calendarManage),
    loadComponent: () => import('./console/calendar/calendar').then((m) => m.CalendarEditor),
  },
];

/** Calendar: the provider's working-day calendar (statutory holidays, make-up workdays). */
export const calendarFeature: Feature = {
  name: 'calendar',
  console: calendarConsoleRoutes,
  menu: CALENDAR_MENU,
  i18n: CALENDAR_I18N,
};
