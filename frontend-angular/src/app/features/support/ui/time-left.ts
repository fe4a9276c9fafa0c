import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { splitMinutes, urgency } from '../support-display';
import type { QueueItemDto } from '../support.models';

/** Service time left to the first response: "2 h 05 min", "1 h 10 min over" (red), under an hour orange; "Responded" once answered. */
@Component({
  selector: 'app-time-left',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let left = item().timeLeftMinutes;
    <span [class]="level()" data-testid="ticket-time-left" [attr.data-urgency]="level()" [attr.data-minutes]="left">
      @if (left === null || left === undefined) {
        {{ (item().firstRespondedAt ? 'supportQueue.responded' : 'supportQueue.noDeadline') | t }}
      } @else if (left < 0) {
        {{ 'supportQueue.overdueBy' | t: parts() }}
      } @else {
        {{ 'supportQueue.hours' | t: parts() }}
      }
    </span>
  `,
  styles: `
    .breached {
      color: #cf1322;
      font-weight: 600;
    }
    .atRisk {
      color: #d46b08;
      font-weight: 600;
    }
  `,
})
export class TimeLeft {
  readonly item = input.required<Pick<QueueItemDto, 'timeLeftMinutes' | 'breached' | 'atRisk' | 'firstRespondedAt'>>();
  protected readonly level = computed(() => urgency(this.item()));
  protected readonly parts = computed(() => splitMinutes(this.item().timeLeftMinutes ?? 0));
}
