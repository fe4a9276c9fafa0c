import { DatePipe, NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { formatBytes } from '../support-display';
import type { TicketAttachmentDto, TicketMessageDto } from '../support.models';

interface ThreadEntry {
  message: TicketMessageDto;
  files: TicketAttachmentDto[];
}

/**
 * A ticket's description and thread, oldest first, with each message's files (and the files sent without a message
 * at the end). Internal notes (staff only; the tenant's API never sends them) are tinted and tagged.
 */
@Component({
  selector: 'app-ticket-thread',
  imports: [DatePipe, NgTemplateOutlet, NzTagModule, NzButtonModule, NzIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="thread" data-testid="ticket-thread">
      <li class="message tenant" data-testid="ticket-description-message">
        <div class="meta">
          <strong>{{ openedByName() }}</strong>
          <span class="muted">{{ openedAt() | date: 'yyyy-MM-dd HH:mm' : '+0800' }}</span>
        </div>
        <div class="body">{{ description() }}</div>
      </li>
      @for (entry of entries(); track entry.message.id) {
        <li
          class="message"
          [class.staff]="entry.message.side === 'Staff'"
          [class.tenant]="entry.message.side === 'Tenant'"
          [class.internal]="entry.message.isInternal"
          data-testid="ticket-message"
          [attr.data-side]="entry.message.side"
          [attr.data-internal]="entry.message.isInternal"
        >
          <div class="meta">
            <strong>{{ entry.message.authorName }}</strong>
            @if (entry.message.side === 'Staff') {
              <nz-tag nzColor="blue">{{ 'ticket.staff' | t }}</nz-tag>
            }
            @if (entry.message.isInternal) {
              <nz-tag nzColor="gold" data-testid="ticket-internal-tag"><nz-icon nzType="lock" /> {{ 'ticket.internal' | t }}</nz-tag>
            }
            <span class="muted">{{ entry.message.at | date: 'yyyy-MM-dd HH:mm' : '+0800' }}</span>
          </div>
          <div class="body" data-testid="ticket-message-body">{{ entry.message.body }}</div>
          @for (file of entry.files; track file.id) {
            <ng-container *ngTemplateOutlet="fileRow; context: { $implicit: file }" />
          }
        </li>
      }
    </ol>
    @if (looseFiles().length) {
      <div class="files" data-testid="ticket-files">
        <div class="muted">{{ 'ticket.attachments' | t }}</div>
        @for (file of looseFiles(); track file.id) {
          <div class="file" data-testid="ticket-attachment" [attr.data-name]="file.fileName">
            <nz-icon nzType="file-text" />
            <span class="name">{{ file.fileName }}</span>
            <span class="muted">{{ size(file.sizeBytes) }} · {{ file.at | date: 'yyyy-MM-dd HH:mm' : '+0800' }}</span>
            <button nz-button nzType="link" nzSize="small" (click)="download.emit(file)" data-testid="ticket-attachment-download">
              <nz-icon nzType="download" /> {{ 'ticket.download' | t }}
            </button>
          </div>
        }
      </div>
    }
    <ng-template #fileRow let-file>
      <div class="file" data-testid="ticket-attachment" [attr.data-name]="file.fileName">
        <nz-icon nzType="file-text" />
        <span class="name">{{ file.fileName }}</span>
        <span class="muted">{{ size(file.sizeBytes) }}</span>
        <button nz-button nzType="link" nzSize="small" (click)="download.emit(file)" data-testid="ticket-attachment-download">
          <nz-icon nzType="download" /> {{ 'ticket.download' | t }}
        </button>
      </div>
    </ng-template>
  `,
  styles: `
    .thread {
      list-style: none;
      padding: 0;
      margin: 0;
      display: flex;
      flex-direction: column;
      gap: 12px;
    }
    .message {
      border: 1px solid #f0f0f0;
      border-radius: 8px;
      padding: 10px 14px;
      background: #fff;
      max-width: 100%;
    }
    .message.staff {
      background: #f0f5ff;
      border-color: #d6e4ff;
    }
    .message.internal {
      background: #fffbe6;
      border: 1px dashed #faad14;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
      margin-bottom: 4px;
    }
    .body {
      white-space: pre-wrap;
      word-break: break-word;
    }
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
    .files {
      margin-top: 12px;
    }
    .file {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px;
      margin-top: 4px;
    }
    .file .name {
      word-break: break-all;
    }
  `,
})
export class TicketThread {
  readonly description = input.required<string>();
  readonly openedByName = input.required<string>();
  readonly openedAt = input.required<string>();
  readonly messages = input.required<readonly TicketMessageDto[]>();
  readonly attachments = input.required<readonly TicketAttachmentDto[]>();
  readonly download = output<TicketAttachmentDto>();

  protected readonly entries = computed<ThreadEntry[]>(() => {
    const files = this.attachments();
    return this.messages().map((message) => ({ message, files: files.filter((f) => f.messageId === message.id) }));
  });

  protected readonly looseFiles = computed(() => {
    const ids = new Set(this.messages().map((m) => m.id));
    return this.attachments().filter((f) => !f.messageId || !ids.has(f.messageId));
  });

  protected size(bytes: number): string {
    return formatBytes(bytes);
  }
}
