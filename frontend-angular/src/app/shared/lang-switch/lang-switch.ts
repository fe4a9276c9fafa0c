import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { I18nService } from '../../core/i18n/i18n.service';
import type { Lang } from '../../core/i18n/dictionaries';

@Component({
  selector: 'app-lang-switch',
  imports: [FormsModule, NzRadioModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-radio-group nzSize="small" nzButtonStyle="solid" [ngModel]="i18n.lang()" (ngModelChange)="use($event)" aria-label="Language / 语言">
      <label nz-radio-button nzValue="zh-CN" data-testid="lang-zh">中文</label>
      <label nz-radio-button nzValue="en-US" data-testid="lang-en">English</label>
    </nz-radio-group>
  `,
})
export class LangSwitch {
  protected readonly i18n = inject(I18nService);

  protected use(lang: Lang): void {
    this.i18n.use(lang);
  }
}
