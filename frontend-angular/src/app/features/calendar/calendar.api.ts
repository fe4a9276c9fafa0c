import { Injectable, inject } from '@angular/core';
import { ApiClient } from '../../api/api-client';
import type { UpdateCalendarYearRequest } from '../../api/models';

/** Provider-console endpoints of the holiday calendar (working-day deadlines). */
@Injectable({ providedIn: 'root' })
export class CalendarApi {
  private readonly api = inject(ApiClient);

  years() {
    return this.api.get('/api/host/calendar/years');
  }

  year(year: number) {
    return this.api.get('/api/host/calendar/{year}', { path: { year } });
  }

  save(year: number, request: UpdateCalendarYearRequest) {
    return this.api.put('/api/host/calendar/{year}', { path: { year }, body: request });
  }

  remove(year: number) {
    return this.api.delete('/api/host/calendar/{year}', { path: { year } });
  }

  deadline(from: string, days: number) {
    return this.api.get('/api/host/calendar/deadline', { query: { from, days } });
  }
}
