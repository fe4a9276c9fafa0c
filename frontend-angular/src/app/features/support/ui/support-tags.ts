import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { slaColor, ticketStatusColor } from '../support-display';
import type { SlaState, TicketStatus } from '../support.models';

@Component({
  selector: 'app-ticket-status-tag',
  imports: [NzTagModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<nz-tag [nzColor]="color()" data-testid="ticket-status" [attr.data-status]="status()">{{
    'ticketStatus.' + status() | t
  }}</nz-tag>`,
})
export class TicketStatusTag {
  readonly status = input.required<TicketStatus>();
  protected readonly color = computed(() => ticketStatusColor(this.status()));
}

@Component({
  selector: 'app-sla-tag',
  imports: [NzTagModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<nz-tag [nzColor]="color()" data-testid="ticket-sla" [attr.data-sla]="state()">{{ 'sla.' + state() | t }}</nz-tag>`,
})
export class SlaTag {
  readonly state = input.required<SlaState>();
  protected readonly color = computed(() => slaColor(this.state()));
}
