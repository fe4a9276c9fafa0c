import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { firstValueFrom } from 'rxjs';
import { ErrorNotifier } from '../../../../core/errors/error-notifier.service';
import { I18nService } from '../../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { saveDownload } from '../../../../shared/download/download';
import { FieldErrorPipe } from '../../../../shared/forms/field-error.pipe';
import { LoadError } from '../../../../shared/load-error/load-error';
import { ATTACHMENT_ACCEPT, MAX_ATTACHMENT_BYTES, canClose, canReopen, canReply } from '../../support-display';
import { SupportApi } from '../../support.api';
import type { TicketAttachmentDto, TicketDto } from '../../support.models';
import { TicketStatusTag } from '../../ui/support-tags';
import { TicketThread } from '../../ui/ticket-thread';

/** One ticket of the tenant (GET /api/tenant/support/tickets/{id}): thread, reply, files (multipart upload), close/reopen. */
@Component({
  selector: 'app-ticket',
  imports: [
    DatePipe,
    RouterLink,
    ReactiveFormsModule,
    NzPageHeaderModule,
    NzButtonModule,
    NzIconModule,
    NzCardModule,
    NzDescriptionsModule,
    NzFormModule,
    NzInputModule,
    NzPopconfirmModule,
    NzSkeletonModule,
    TranslatePipe,
    FieldErrorPipe,
    LoadError,
    TicketStatusTag,
    TicketThread,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="back">
      <a nz-button nzType="link" routerLink="/portal/tickets" data-testid="ticket-back"
        ><nz-icon nzType="arrow-left" /> {{ 'ticket.back' | t }}</a
      >
    </div>
    @if (ticket.error()) {
      <app-load-error [error]="ticket.error()" (retry)="ticket.reload()" />
    } @else if (ticket.value(); as t) {
      <div data-testid="ticket-detail" [attr.data-number]="t.number">
        <nz-page-header [nzTitle]="'#' + t.number + ' ' + t.subject">
          <nz-page-header-tags><app-ticket-status-tag [status]="t.status" /></nz-page-header-tags>
          <nz-page-header-extra>
            @if (closable()) {
              <button
                nz-button
                nz-popconfirm
                [nzPopconfirmTitle]="'ticket.closeConfirm' | t"
                (nzOnConfirm)="close(t)"
                [nzLoading]="busy()"
                data-testid="ticket-close"
              >
                <nz-icon nzType="check" /> {{ 'ticket.close' | t }}
              </button>
            }
            @if (reopenable()) {
              <button nz-button (click)="reopen(t)" [nzLoading]="busy()" data-testid="ticket-reopen">
                <nz-icon nzType="rollback" /> {{ 'ticket.reopen' | t }}
              </button>
            }
          </nz-page-header-extra>
        </nz-page-header>
        <nz-descriptions nzSize="small" [nzColumn]="{ xxl: 4, xl: 4, lg: 3, md: 2, sm: 1, xs: 1 }" class="facts">
          <nz-descriptions-item [nzTitle]="'tickets.category' | t">{{ 'ticketCategory.' + t.category | t }}</nz-descriptions-item>
          <nz-descriptions-item [nzTitle]="'ticket.openedBy' | t">{{ t.openedByName }}</nz-descriptions-item>
          <nz-descriptions-item [nzTitle]="'tickets.openedAt' | t">{{
            t.openedAt | date: 'yyyy-MM-dd HH:mm' : '+0800'
          }}</nz-descriptions-item>
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

        @if (replyable()) {
          <nz-card nzSize="small" class="reply" [nzTitle]="'ticket.reply' | t">
            <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="send(t)" data-testid="ticket-reply-form">
              <nz-form-item>
                <nz-form-control [nzErrorTip]="form.controls.body | fieldError">
                  <textarea
                    nz-input
                    rows="4"
                    formControlName="body"
                    maxlength="10000"
                    [attr.aria-label]="'ticket.reply' | t"
                    [placeholder]="'ticket.replyPlaceholder' | t"
                    data-testid="ticket-reply-body"
                  ></textarea>
                </nz-form-control>
              </nz-form-item>
              <div class="actions">
                <button nz-button nzType="primary" type="submit" [nzLoading]="sending()" data-testid="ticket-reply-send">
                  <nz-icon nzType="mail" /> {{ 'ticket.send' | t }}
                </button>
                <input
                  #file
                  type="file"
                  class="hidden-file"
                  [accept]="accept"
                  (change)="upload(t, file)"
                  data-testid="ticket-upload-input"
                  [attr.aria-label]="'ticket.upload' | t"
                />
                <button nz-button type="button" (click)="file.click()" [nzLoading]="uploading()" data-testid="ticket-upload">
                  <nz-icon nzType="upload" /> {{ 'ticket.upload' | t }}
                </button>
                <span class="muted">{{ 'ticket.uploadHint' | t }}</span>
              </div>
            </form>
          </nz-card>
        } @else {
          <p class="muted closed-hint" data-testid="ticket-closed-hint">
            {{ 'ticket.closedHint' | t }}
            @if (reopenable() && t.reopenUntil) {
              {{ 'ticket.reopenUntil' | t: { until: (t.reopenUntil | date: 'yyyy-MM-dd HH:mm' : '+0800') ?? '' } }}
            }
          </p>
        }
      </div>
    } @else {
      <nz-skeleton [nzActive]="true" [nzParagraph]="{ rows: 6 }" />
    }
  `,
  styles: `
    .back {
      margin-bottom: 4px;
    }
    .facts {
      margin-bottom: 16px;
    }
    .reply {
      margin-top: 16px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    .hidden-file {
      display: none;
    }
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
    .closed-hint {
      margin-top: 16px;
    }
  `,
})
export class Ticket {
  private readonly api = inject(SupportApi);
  private readonly errors = inject(ErrorNotifier);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);
  private readonly fb = inject(NonNullableFormBuilder);
  readonly id = input.required<string>();
  protected readonly accept = ATTACHMENT_ACCEPT;
  protected readonly ticket = rxResource({ params: () => this.id(), stream: ({ params }) => this.api.ticket(params) });
  protected readonly busy = signal(false);
  protected readonly sending = signal(false);
  protected readonly uploading = signal(false);
  protected readonly replyable = computed(() => {
    const t = this.ticket.value();
    return !!t && canReply(t);
  });
  protected readonly closable = computed(() => {
    const t = this.ticket.value();
    return !!t && canClose(t);
  });
  protected readonly reopenable = computed(() => {
    const t = this.ticket.value();
    return !!t && canReopen(t);
  });
  protected readonly form = this.fb.group({
    body: ['', [Validators.required, Validators.maxLength(10_000), Validators.pattern(/\S/)]],
  });

  protected async send(ticket: TicketDto): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.form.controls.body.markAsDirty();
      return;
    }
    this.sending.set(true);
    try {
      const updated = await firstValueFrom(this.api.reply(ticket.id, this.form.getRawValue().body.trim()));
      this.ticket.set(updated);
      this.form.reset({ body: '' });
      this.message.success(this.i18n.t('ticket.sent'));
    } catch (error) {
      this.errors.show(error, this.form);
    } finally {
      this.sending.set(false);
    }
  }

  protected async upload(ticket: TicketDto, input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    if (file.size > MAX_ATTACHMENT_BYTES) {
      this.message.error(this.i18n.t('ticket.tooLarge', { name: file.name }));
      return;
    }
    this.uploading.set(true);
    try {
      const attachment = await firstValueFrom(this.api.upload(ticket.id, file));
      this.ticket.set({ ...ticket, attachments: [...ticket.attachments, attachment] });
      this.message.success(this.i18n.t('ticket.uploaded', { name: attachment.fileName }));
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.uploading.set(false);
    }
  }

  protected async download(ticket: TicketDto, file: TicketAttachmentDto): Promise<void> {
    try {
      saveDownload(await firstValueFrom(this.api.download(ticket.id, file.id)), file.fileName);
    } catch (error) {
      this.errors.show(error);
    }
  }

  protected async close(ticket: TicketDto): Promise<void> {
    await this.step(() => this.api.close(ticket.id), 'ticket.closed');
  }

  protected async reopen(ticket: TicketDto): Promise<void> {
    await this.step(() => this.api.reopen(ticket.id), 'ticket.reopened');
  }

  private async step(call: () => ReturnType<SupportApi['close']>, done: 'ticket.closed' | 'ticket.reopened'): Promise<void> {
    this.busy.set(true);
    try {
      this.ticket.set(await firstValueFrom(call()));
      this.message.success(this.i18n.t(done));
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.busy.set(false);
    }
  }
}
