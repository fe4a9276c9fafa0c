import { Clipboard } from '@angular/cdk/clipboard';
import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { I18nService } from '../../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { panelWidth } from '../../ui/narrow';

/** What the secret dialog shows: the endpoint's URL, its new secret, and (after a rotation) until when the old one works. */
export interface ShownSecret {
  url: string;
  secret: string;
  previousSecretExpiresAt?: string | null;
}

/** Shows a webhook signing secret exactly once; closing needs the explicit button (no mask close, no ×). */
@Component({
  selector: 'app-webhook-secret-dialog',
  imports: [DatePipe, NzModalModule, NzAlertModule, NzButtonModule, NzIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'webhooks.secretTitle' | t"
      [nzMaskClosable]="false"
      [nzClosable]="false"
      [nzKeyboard]="false"
      [nzFooter]="footer"
      [nzWidth]="width"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent data-testid="webhook-secret-dialog">
        <nz-alert nzType="warning" nzShowIcon [nzMessage]="'webhooks.secretWarning' | t" class="block" />
        <div class="muted url">{{ shown().url }}</div>
        <div class="value">
          <code data-testid="webhook-secret">{{ shown().secret }}</code>
          <button nz-button (click)="copy()" data-testid="webhook-secret-copy"><nz-icon nzType="copy" /> {{ 'common.copy' | t }}</button>
        </div>
        @if (shown().previousSecretExpiresAt; as until) {
          <p class="muted">{{ 'webhooks.secretOldValid' | t: { at: (until | date: 'yyyy-MM-dd HH:mm' : '+0800') ?? '' } }}</p>
        }
      </div>
      <ng-template #footer>
        <button nz-button nzType="primary" (click)="closed.emit()" data-testid="webhook-secret-close">
          {{ 'webhooks.secretSaved' | t }}
        </button>
      </ng-template>
    </nz-modal>
  `,
  styles: `
    .url {
      margin-bottom: 8px;
      word-break: break-all;
    }
    .value {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
      padding: 8px 12px;
      border: 1px solid #d9d9d9;
      border-radius: 6px;
      margin-bottom: 8px;
    }
    code {
      word-break: break-all;
    }
  `,
})
export class WebhookSecretDialog {
  private readonly clipboard = inject(Clipboard);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);
  readonly shown = input.required<ShownSecret>();
  readonly closed = output<void>();
  protected readonly width = panelWidth(600);

  protected copy(): void {
    if (this.clipboard.copy(this.shown().secret)) this.message.success(this.i18n.t('common.copied'));
    else this.message.error(this.i18n.t('common.copyFailed'));
  }
}
