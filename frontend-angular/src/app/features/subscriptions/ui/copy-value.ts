import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';

/** A value with a copy button (bank account, transfer reference…). */
@Component({
  selector: 'app-copy-value',
  imports: [NzButtonModule, NzIconModule, NzTooltipModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span class="value">
      <span [class.mono]="mono()" [attr.data-testid]="testId()">{{ value() }}</span>
      <button
        nz-button
        nzType="text"
        nzSize="small"
        (click)="copy()"
        nz-tooltip
        [nzTooltipTitle]="'common.copy' | t"
        [attr.aria-label]="'common.copy' | t"
        [attr.data-testid]="testId() ? 'copy-' + testId() : null"
      >
        <nz-icon nzType="copy" />
      </button>
    </span>
  `,
  styles: `
    .value {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      word-break: break-all;
    }
  `,
})
export class CopyValue {
  private readonly clipboard = inject(Clipboard);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);
  readonly value = input.required<string>();
  readonly testId = input<string | null>(null);
  readonly mono = input(true);

  protected copy(): void {
    if (this.clipboard.copy(this.value())) this.message.success(this.i18n.t('common.copied'));
    else this.message.error(this.i18n.t('common.copyFailed'));
  }
}
