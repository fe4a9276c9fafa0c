import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { firstValueFrom } from 'rxjs';
import { ErrorNotifier } from '../../../../core/errors/error-notifier.service';
import { I18nService } from '../../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { saveDownload } from '../../../../shared/download/download';
import { FieldErrorPipe } from '../../../../shared/forms/field-error.pipe';
import { LoadError } from '../../../../shared/load-error/load-error';
import { HostSupportApi } from '../../host-support.api';
import { TICKET_STATUSES } from '../../support-display';
import type { HostTicketDto, TicketAttachmentDto, TicketStatus } from '../../support.models';
import { SlaTag, TicketStatusTag } from '../../ui/support-tags';
import { TicketThread } from '../../ui/ticket-thread';
import { TimeLeft } from '../../ui/time-left';

type Mode = 'reply' | 'note';

/** A ticket as staff see it (GET /api/host/support/tickets/{id}): the whole thread with internal notes, reply / note, status, assignee. */
@Component({
  selector: 'app-host-ticket',
  imports: [
    DatePipe,
    FormsModule,
    ReactiveFormsModule,
    RouterLink,
    NzPageHeaderModule,
    NzButtonModule,
    NzCardModule,
    NzCheckboxModule,
    NzDescriptionsModule,
    NzFormModule,
    NzIconModule,
    NzInputModule,
    NzRadioModule,
    NzSelectModule,
    NzSkeletonModule,
    TranslatePipe,
    FieldErrorPipe,
    LoadError,
    TicketStatusTag,
    SlaTag,
    TimeLeft,
    TicketThread,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="back">
      <a nz-button nzType="link" routerLink="/console/support" data-testid="host-ticket-back"
        ><nz-icon nzType="arrow-left" /> {{ 'nav.supportQueue' | t }}</a
      >
    </div>
    @if (ticket.error()) {
      <app-load-error [error]="ticket.error()" (retry)="ticket.reload()" />
    } @else if (ticket.value(); as t) {
      <div data-testid="host-ticket" [attr.data-number]="t.number">
        <nz-page-header [nzTitle]="'#' + t.number + ' ' + t.subject" [nzSubtitle]="t.tenantName">
          <nz-page-header-tags>
            <app-ticket-status-tag [status]="t.status" />
            <app-sla-tag [state]="t.slaState" />
          </nz-page-header-tags>
        </nz-page-header>
        <div class="controls">
          <label>
            <span class="label">{{ 'hostTicket.setStatus' | t }}</span>
            <nz-select [ngModel]="t.status" (ngModelChange)="setStatus(t, $event)" [nzDisabled]="busy()" data-testid="host-ticket-status">
              @for (s of statuses; track s) {
                <nz-option [nzValue]="s" [nzLabel]="'ticketStatus.' + s | t" />
              }
            </nz-select>
          </label>
          <label>
            <span class="label">{{ 'supportQueue.assignee' | t }}</span>
            <nz-select
              nzAllowClear
              [nzPlaceHolder]="'supportQueue.unassigned' | t"
              [ngModel]="t.assignee?.id ?? null"
              (ngModelChange)="assign(t, $event)"
              [nzDisabled]="busy()"
              data-testid="host-ticket-assignee"
            >
              @for (s of staff.value() ?? []; track s.id) {
                <nz-option [nzValue]="s.id" [nzLabel]="s.name" />
              }
            </nz-select>
          </label>
        </div>
        <nz-descriptions nzSize="small" [nzColumn]="{ xxl: 4, xl: 4, lg: 3, md: 2, sm: 1, xs: 1 }" class="facts">
          <nz-descriptions-item [nzTitle]="'tickets.category' | t">{{ 'ticketCategory.' + t.category | t }}</nz-descriptions-item>
          <nz-descriptions-item [nzTitle]="'ticket.openedBy' | t">{{ t.openedByName }}</nz-descriptions-item>
          <nz-descriptions-item [nzTitle]="'tickets.openedAt' | t">{{
            t.openedAt | date: 'yyyy-MM-dd HH:mm' : '+0800'
          }}</nz-descriptions-item>
          <nz-descriptions-item [nzTitle]="'supportQueue.timeLeft' | t">
            <app-time-left
              [item]="{
                timeLeftMinutes: t.timeLeftMinutes,
                breached: t.slaState === 'Breached',
                atRisk: t.slaState === 'AtRisk',
                firstRespondedAt: t.firstRespondedAt,
              }"
            />
          </nz-descriptions-item>
          @if (t.firstResponseDueAt) {
            <nz-descriptions-item [nzTitle]="'tickets.firstResponseDue' | t">{{
              t.firstResponseDueAt | date: 'yyyy-MM-dd HH:mm' : '+0800'
            }}</nz-descriptions-item>
          }
          @if (t.firstRespondedAt) {
            <nz-descriptions-item [nzTitle]="'tickets.firstRespondedAt' | t">{{
              t.firstRespondedAt | date: 'yyyy-MM-dd HH:mm' : '+0800'
            }}</nz-descriptions-item>
          }
          @if (t.breachedAt) {
            <nz-descriptions-item [nzTitle]="'hostTicket.breachedAt' | t">{{
              t.breachedAt | date: 'yyyy-MM-dd HH:mm' : '+0800'
            }}</nz-descriptions-item>
          }
          @if (t.escalatedAt) {
            <nz-descriptions-item [nzTitle]="'hostTicket.escalatedAt' | t">{{
              t.escalatedAt | date: 'yyyy-MM-dd HH:mm' : '+0800'
            }}</nz-descriptions-item>
          }
          <nz-descriptions-item [nzTitle]="'hostTicket.accountManager' | t">{{ t.accountManager?.name ?? '—' }}</nz-descriptions-item>
        </nz-descriptions>

        <nz-card nzSize="small" [nzTitle]="'ticket.thread' | t">
          <app-ticket-thread
            [description]="t.description"
            [openedByName]="t.openedByName"
            [openedAt]="t.openedAt"
            [messages]="t.messages"
            [attachments]="t.attachments"
            (download)="download(t, $event)"
          />
        </nz-card>

        <nz-card nzSize="small" class="composer" [class.note]="mode() === 'note'">
          <nz-radio-group [ngModel]="mode()" (ngModelChange)="mode.set($event)" class="mode" data-testid="host-compose-mode">
            <label nz-radio-button nzValue="reply" data-testid="host-mode-reply">{{ 'hostTicket.replyToTenant' | t }}</label>
            <label nz-radio-button nzValue="note" data-testid="host-mode-note"
              ><nz-icon nzType="lock" /> {{ 'hostTicket.internalNote' | t }}</label
            >
          </nz-radio-group>
          <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="send(t)" data-testid="host-compose-form">
            <nz-form-item>
              <nz-form-control [nzErrorTip]="form.controls.body | fieldError">
                <textarea
                  nz-input
                  rows="4"
                  formControlName="body"
                  maxlength="10000"
                  [attr.aria-label]="(mode() === 'note' ? 'hostTicket.internalNote' : 'hostTicket.replyToTenant') | t"
                  data-testid="host-compose-body"
                ></textarea>
              </nz-form-control>
            </nz-form-item>
            <div class="actions">
              @if (mode() === 'reply') {
                <label nz-checkbox formControlName="waitForCustomer" data-testid="host-wait-for-customer">{{
                  'hostTicket.waitForCustomer' | t
                }}</label>
              }
              <button nz-button nzType="primary" type="submit" [nzLoading]="sending()" data-testid="host-compose-send">
                <nz-icon [nzType]="mode() === 'note' ? 'lock' : 'mail'" />
                {{ (mode() === 'note' ? 'hostTicket.addNote' : 'hostTicket.sendReply') | t }}
              </button>
            </div>
          </form>
        </nz-card>
      </div>
    } @else {
      <nz-skeleton [nzActive]="true" [nzParagraph]="{ rows: 6 }" />
    }
  `,
  styles: `
    .back {
      margin-bottom: 4px;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
      margin-bottom: 12px;
    }
    .controls nz-select {
      width: 220px;
    }
    .label {
      display: block;
      color: rgba(0, 0, 0, 0.45);
      margin-bottom: 4px;
    }
    .facts {
      margin-bottom: 16px;
    }
    .composer {
      margin-top: 16px;
    }
    .composer.note {
      background: #fffbe6;
      border-color: #faad14;
    }
    .mode {
      margin-bottom: 12px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: center;
      justify-content: flex-end;
    }
    @media (max-width: 600px) {
      .controls nz-select,
      .controls label {
        width: 100%;
      }
    }
  `,
})
export class HostTicket {
  private readonly api = inject(HostSupportApi);
  private readonly errors = inject(ErrorNotifier);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);
  private readonly fb = inject(NonNullableFormBuilder);
  readonly id = input.required<string>();
  protected readonly statuses = TICKET_STATUSES;
  protected readonly ticket = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.ticket(params) });
  protected readonly staff = rxResource({ stream: () => this.api.staff() });
  protected readonly mode = signal<Mode>('reply');
  protected readonly busy = signal(false);
  protected readonly sending = signal(false);
  protected readonly form = this.fb.group({
    body: ['', [Validators.required, Validators.maxLength(10_000), Validators.pattern(/\S/)]],
    waitForCustomer: [false],
  });

  protected async send(ticket: HostTicketDto): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.form.controls.body.markAsDirty();
      return;
    }
    const internal = this.mode() === 'note';
    this.sending.set(true);
    try {
      const v = this.form.getRawValue();
      const updated = await firstValueFrom(
        this.api.post(ticket.id, { body: v.body.trim(), internal, waitForCustomer: !internal && v.waitForCustomer }),
      );
      this.ticket.set(updated);
      this.form.reset({ body: '', waitForCustomer: false });
      this.message.success(this.i18n.t(internal ? 'hostTicket.noteAdded' : 'ticket.sent'));
    } catch (error) {
      this.errors.show(error, this.form);
    } finally {
      this.sending.set(false);
    }
  }

  protected async setStatus(ticket: HostTicketDto, status: TicketStatus): Promise<void> {
    if (status === ticket.status) return;
    this.busy.set(true);
    try {
      this.ticket.set(await firstValueFrom(this.api.setStatus(ticket.id, status)));
      this.message.success(this.i18n.t('hostTicket.statusSet', { status: this.i18n.t(`ticketStatus.${status}`) }));
    } catch (error) {
      this.errors.show(error);
      this.ticket.reload();
    } finally {
      this.busy.set(false);
    }
  }

  protected async assign(ticket: HostTicketDto, assigneeId: string | null): Promise<void> {
    if ((ticket.assignee?.id ?? null) === assigneeId) return;
    this.busy.set(true);
    try {
      const result = await firstValueFrom(this.api.assign([ticket.id], assigneeId));
      this.message.success(this.i18n.t('supportQueue.assigned', { count: result.assigned }));
      this.ticket.reload();
    } catch (error) {
      this.errors.show(error);
      this.ticket.reload();
    } finally {
      this.busy.set(false);
    }
  }

  protected async download(ticket: HostTicketDto, file: TicketAttachmentDto): Promise<void> {
    try {
      saveDownload(await firstValueFrom(this.api.download(ticket.id, file.id)), file.fileName);
    } catch (error) {
      this.errors.show(error);
    }
  }
}
