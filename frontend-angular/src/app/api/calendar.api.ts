import { Injectable, inject } from '@angular/core';
import { ApiClient } from './api-client';
import type { CalendarYearDto, CalendarYearSummaryDto, DeadlinePreviewDto, UpdateCalendarYearRequest } from './models';

/** Provider-console endpoints of the holiday calendar (working-day deadlines). */
@Injectable({ providedIn: 'root' })
export class CalendarApi {
  private readonly api = inject(ApiClient);

  years() {
    return this.api.get<CalendarYearSummaryDto[]>('/api/host/calendar/years');
  }

  year(year: number) {
    return this.api.get<CalendarYearDto>(`/api/host/calendar/${year}`);
  }

  save(year: number, request: UpdateCalendarYearRequest) {
    return this.api.put<CalendarYearDto>(`/api/host/calendar/${year}`, request);
  }

  remove(year: number) {
    return this.api.delete(`/api/host/calendar/${year}`);
  }

  deadline(from: string, days: number) {
    return this.api.get<DeadlinePreviewDto>('/api/host/calendar/deadline', { from, days });
  }
}
