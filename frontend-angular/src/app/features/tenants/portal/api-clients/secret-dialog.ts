import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import type { CreatedApiClientDto } from '../../../../api/models';
import { I18nService } from '../../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';

/** Shows a new client's secret exactly once; closing needs an explicit click (no mask close). */
@Component({
  selector: 'app-secret-dialog',
  imports: [NzModalModule, NzAlertModule, NzButtonModule, NzIconModule, NzDescriptionsModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'apiClients.secretTitle' | t"
      [nzMaskClosable]="false"
      [nzClosable]="false"
      [nzFooter]="footer"
      nzWidth="640px"
      (nzOnCancel)="closed.emit()"
    >
      <div *nzModalContent data-testid="secret-dialog">
        <nz-alert nzType="warning" nzShowIcon [nzMessage]="'apiClients.secretWarning' | t" class="block" />
        <nz-descriptions nzBordered [nzColumn]="1" nzSize="small">
          <nz-descriptions-item [nzTitle]="'apiClients.clientId' | t">
            <div class="value">
              <code data-testid="created-client-id">{{ client().clientId }}</code>
              <button nz-button nzSize="small" (click)="copy(client().clientId)" data-testid="copy-client-id">
                <nz-icon nzType="copy" />
              </button>
            </div>
          </nz-descriptions-item>
          <nz-descriptions-item [nzTitle]="'apiClients.clientSecret' | t">
            <div class="value">
              <code data-testid="created-client-secret">{{ client().clientSecret }}</code>
              <button nz-button nzSize="small" (click)="copy(client().clientSecret)" data-testid="copy-client-secret">
                <nz-icon nzType="copy" />
              </button>
            </div>
          </nz-descriptions-item>
        </nz-descriptions>
      </div>
      <ng-template #footer>
        <button nz-button nzType="primary" (click)="closed.emit()" data-testid="secret-dialog-close">
          {{ 'apiClients.secretSaved' | t }}
        </button>
      </ng-template>
    </nz-modal>
  `,
  styles: `
    .value {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
    }
    code {
      word-break: break-all;
    }
  `,
})
export class SecretDialog {
  private readonly clipboard = inject(Clipboard);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);
  readonly client = input.required<CreatedApiClientDto>();
  readonly closed = output<void>();

  protected copy(text: string): void {
    if (this.clipboard.copy(text)) this.message.success(this.i18n.t('common.copied'));
    else this.message.error(this.i18n.t('common.copyFailed'));
  }
}
