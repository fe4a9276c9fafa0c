import { Injectable, inject } from '@angular/core';
import { NzModalService } from 'ng-zorro-antd/modal';
import { firstValueFrom } from 'rxjs';
import { I18nService } from '../../core/i18n/i18n.service';
import { ReasonForm, ReasonFormData } from './reason-form';

export interface ReasonDialogOptions {
  title: string;
  description?: string;
  okText: string;
  danger?: boolean;
}

/** Asks for a reason (reject, suspend, revoke): resolves with the trimmed text, or null when cancelled. */
@Injectable({ providedIn: 'root' })
export class ReasonDialog {
  private readonly modal = inject(NzModalService);
  private readonly i18n = inject(I18nService);

  ask(options: ReasonDialogOptions): Promise<string | null> {
    const ref = this.modal.create<ReasonForm, ReasonFormData, string | null>({
      nzTitle: options.title,
      nzContent: ReasonForm,
      nzData: { description: options.description },
      nzOkText: options.okText,
      nzOkDanger: options.danger ?? false,
      nzCancelText: this.i18n.t('common.cancel'),
      nzOkDisabled: true,
      nzOnOk: (form) => form.submit(),
    });
    ref.getContentComponent()?.validChange.subscribe((valid) => ref.updateConfig({ nzOkDisabled: !valid }));
    return firstValueFrom(ref.afterClose).then((result) => (typeof result === 'string' ? result : null));
  }
}
