import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { firstValueFrom } from 'rxjs';
import { ErrorNotifier } from '../../../../core/errors/error-notifier.service';
import { I18nService } from '../../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { LoadError } from '../../../../shared/load-error/load-error';
import { HostSupportApi, QueueFilter } from '../../host-support.api';
import { TICKET_STATUSES, urgency } from '../../support-display';
import type { QueueItemDto, TicketStatus } from '../../support.models';
import { SlaTag, TicketStatusTag } from '../../ui/support-tags';
import { TimeLeft } from '../../ui/time-left';

/** The support queue (GET /api/host/support/tickets, in the server's order: breached first, then by deadline), filters and bulk assign. */
@Component({
  selector: 'app-support-queue',
  imports: [
    DatePipe,
    FormsModule,
    RouterLink,
    NzPageHeaderModule,
    NzTableModule,
    NzSelectModule,
    NzButtonModule,
    NzIconModule,
    NzEmptyModule,
    NzModalModule,
    TranslatePipe,
    LoadError,
    TicketStatusTag,
    SlaTag,
    TimeLeft,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-page-header [nzTitle]="'nav.supportQueue' | t" [nzSubtitle]="'supportQueue.subtitle' | t" />
    <div class="filters">
      <nz-select
        nzAllowClear
        [nzPlaceHolder]="'common.status' | t"
        [ngModel]="status()"
        (ngModelChange)="status.set($event)"
        data-testid="queue-filter-status"
      >
        @for (s of statuses; track s) {
          <nz-option [nzValue]="s" [nzLabel]="'ticketStatus.' + s | t" />
        }
      </nz-select>
      <nz-select
        nzAllowClear
        nzShowSearch
        [nzPlaceHolder]="'supportQueue.assignee' | t"
        [ngModel]="assigneeId()"
        (ngModelChange)="assigneeId.set($event)"
        data-testid="queue-filter-assignee"
      >
        @for (s of staff.value() ?? []; track s.id) {
          <nz-option [nzValue]="s.id" [nzLabel]="s.name" />
        }
      </nz-select>
      <nz-select
        nzAllowClear
        nzShowSearch
        [nzPlaceHolder]="'supportQueue.filterTenant' | t"
        [ngModel]="tenantId()"
        (ngModelChange)="tenantId.set($event)"
        data-testid="queue-filter-tenant"
      >
        @for (t of tenants(); track t.id) {
          <nz-option [nzValue]="t.id" [nzLabel]="t.name" />
        }
      </nz-select>
      <button nz-button (click)="queue.reload()" [nzLoading]="queue.isLoading()">
        <nz-icon nzType="reload" /> {{ 'common.refresh' | t }}
      </button>
      @if (filtered()) {
        <button nz-button nzType="link" (click)="clearFilters()">{{ 'common.clearFilters' | t }}</button>
      }
    </div>
    @if (selected().size) {
      <div class="bulk" data-testid="queue-bulk">
        <span>{{ 'supportQueue.selected' | t: { count: selected().size } }}</span>
        <button nz-button nzType="primary" (click)="openAssign()" data-testid="queue-bulk-assign">
          <nz-icon nzType="user-add" /> {{ 'supportQueue.bulkAssign' | t }}
        </button>
        <button nz-button nzType="link" (click)="selected.set(emptySet())">{{ 'common.cancel' | t }}</button>
      </div>
    }
    @if (queue.error()) {
      <app-load-error [error]="queue.error()" (retry)="queue.reload()" />
    } @else {
      <nz-table
        #table
        [nzData]="queue.value() ?? []"
        [nzLoading]="queue.isLoading()"
        nzSize="middle"
        [nzPageSize]="50"
        [nzHideOnSinglePage]="true"
        [nzNoResult]="empty"
        [nzScroll]="{ x: '1250px' }"
        data-testid="queue-table"
      >
        <thead>
          <tr>
            <th
              nzWidth="48px"
              [nzChecked]="allChecked()"
              [nzIndeterminate]="someChecked()"
              (nzCheckedChange)="checkAll($event)"
              [attr.aria-label]="'supportQueue.bulkAssign' | t"
            ></th>
            <th nzWidth="80px">{{ 'tickets.number' | t }}</th>
            <th>{{ 'supportQueue.timeLeft' | t }}</th>
            <th>{{ 'tickets.subject' | t }}</th>
            <th>{{ 'supportQueue.tenant' | t }}</th>
            <th>{{ 'common.status' | t }}</th>
            <th>SLA</th>
            <th>{{ 'supportQueue.assignee' | t }}</th>
            <th>{{ 'tickets.openedAt' | t }}</th>
            <th nzRight nzAlign="right">{{ 'common.actions' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (item of table.data; track item.id) {
            <tr
              [attr.data-testid]="'queue-row-' + item.number"
              [attr.data-urgency]="level(item)"
              [class.breached-row]="level(item) === 'breached'"
              [class.at-risk-row]="level(item) === 'atRisk'"
            >
              <td
                [nzChecked]="selected().has(item.id)"
                (nzCheckedChange)="check(item.id, $event)"
                [attr.aria-label]="'#' + item.number"
                data-testid="queue-select"
              ></td>
              <td class="mono">#{{ item.number }}</td>
              <td><app-time-left [item]="item" /></td>
              <td>
                <a [routerLink]="['/console/support', item.id]" data-testid="queue-subject">{{ item.subject }}</a>
              </td>
              <td>{{ item.tenantName }}</td>
              <td><app-ticket-status-tag [status]="item.status" /></td>
              <td><app-sla-tag [state]="item.slaState" /></td>
              <td data-testid="queue-assignee">
                @if (item.assignee) {
                  {{ item.assignee.name }}
                } @else {
                  <span class="muted">{{ 'supportQueue.unassigned' | t }}</span>
                }
              </td>
              <td>{{ item.openedAt | date: 'yyyy-MM-dd HH:mm' : '+0800' }}</td>
              <td nzRight nzAlign="right">
                <a nz-button nzType="link" nzSize="small" [routerLink]="['/console/support', item.id]" data-testid="queue-open">{{
                  'supportQueue.open' | t
                }}</a>
              </td>
            </tr>
          }
        </tbody>
      </nz-table>
      <ng-template #empty><nz-empty [nzNotFoundContent]="'supportQueue.empty' | t" /></ng-template>
    }

    @if (assigning()) {
      <nz-modal
        [nzVisible]="true"
        [nzTitle]="'supportQueue.assignTitle' | t: { count: selected().size }"
        [nzOkText]="'hostTicket.assign' | t"
        [nzCancelText]="'common.cancel' | t"
        [nzOkLoading]="saving()"
        (nzOnOk)="assign()"
        (nzOnCancel)="assigning.set(false)"
      >
        <div *nzModalContent>
          <label for="assign-to" class="label">{{ 'supportQueue.assignTo' | t }}</label>
          <nz-select
            nzId="assign-to"
            class="full"
            nzAllowClear
            [nzPlaceHolder]="'supportQueue.unassign' | t"
            [ngModel]="assignTo()"
            (ngModelChange)="assignTo.set($event)"
            data-testid="queue-assign-to"
          >
            @for (s of staff.value() ?? []; track s.id) {
              <nz-option [nzValue]="s.id" [nzLabel]="s.name + ' (' + s.openTickets + ')'" />
            }
          </nz-select>
        </div>
      </nz-modal>
    }
  `,
  styles: `
    .filters,
    .bulk {
      display: flex;
      gap: 8px;
      margin-bottom: 16px;
      flex-wrap: wrap;
      align-items: center;
    }
    .filters nz-select {
      width: 200px;
    }
    .bulk {
      padding: 8px 12px;
      background: #e6f4ff;
      border-radius: 6px;
    }
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
    td.mono {
      white-space: nowrap;
    }
    .label {
      display: block;
      margin-bottom: 8px;
    }
    .full {
      width: 100%;
    }
    :host ::ng-deep tr.breached-row > td {
      background: #fff1f0;
    }
    :host ::ng-deep tr.at-risk-row > td {
      background: #fff7e6;
    }
    @media (max-width: 600px) {
      .filters nz-select {
        width: 100%;
      }
    }
  `,
})
export class SupportQueue {
  private readonly api = inject(HostSupportApi);
  private readonly errors = inject(ErrorNotifier);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);
  protected readonly statuses = TICKET_STATUSES;
  protected readonly status = signal<TicketStatus | null>(null);
  protected readonly assigneeId = signal<string | null>(null);
  protected readonly tenantId = signal<string | null>(null);
  private readonly filter = computed<QueueFilter>(() => ({
    status: this.status(),
    assigneeId: this.assigneeId(),
    tenantId: this.tenantId(),
  }));
  protected readonly filtered = computed(() => Object.values(this.filter()).some((v) => v !== null && v !== undefined));
  protected readonly queue = rxResource({ params: () => this.filter(), stream: ({ params }) => this.api.queue(params) });
  protected readonly staff = rxResource({ stream: () => this.api.staff() });
  private readonly tenantList = rxResource({ stream: () => this.api.tenants() });
  protected readonly tenants = computed(() => (this.tenantList.value() ?? []).map((t) => ({ id: t.id, name: t.name })));
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly allChecked = computed(() => {
    const items = this.queue.value() ?? [];
    return items.length > 0 && items.every((i) => this.selected().has(i.id));
  });
  protected readonly someChecked = computed(() => this.selected().size > 0 && !this.allChecked());
  protected readonly assigning = signal(false);
  protected readonly assignTo = signal<string | null>(null);
  protected readonly saving = signal(false);

  protected emptySet(): ReadonlySet<string> {
    return new Set();
  }

  protected level(item: QueueItemDto) {
    return urgency(item);
  }

  protected clearFilters(): void {
    this.status.set(null);
    this.assigneeId.set(null);
    this.tenantId.set(null);
  }

  protected check(id: string, checked: boolean): void {
    const next = new Set(this.selected());
    if (checked) next.add(id);
    else next.delete(id);
    this.selected.set(next);
  }

  protected checkAll(checked: boolean): void {
    this.selected.set(checked ? new Set((this.queue.value() ?? []).map((i) => i.id)) : new Set());
  }

  protected openAssign(): void {
    this.assignTo.set(null);
    this.assigning.set(true);
  }

  protected async assign(): Promise<void> {
    this.saving.set(true);
    try {
      const result = await firstValueFrom(this.api.assign([...this.selected()], this.assignTo()));
      this.message.success(this.i18n.t('supportQueue.assigned', { count: result.assigned }));
      this.assigning.set(false);
      this.selected.set(new Set());
      this.queue.reload();
      this.staff.reload();
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.saving.set(false);
    }
  }
}
