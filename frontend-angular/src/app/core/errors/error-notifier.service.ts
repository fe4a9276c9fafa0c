import { Injectable, inject } from '@angular/core';
import { AbstractControl } from '@angular/forms';
import { NzMessageService } from 'ng-zorro-antd/message';
import { I18nService } from '../i18n/i18n.service';
import { applyServerErrors } from './form-errors';
import { ApiError, fieldMessages, toApiError } from './problem-details';

/** One way to tell the user an API call failed: a toast, and field errors on the form when there is one. */
@Injectable({ providedIn: 'root' })
export class ErrorNotifier {
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);

  /** Shows the error and returns it in UI form. With a form, field errors go onto its controls. */
  show(error: unknown, form?: AbstractControl): ApiError {
    const apiError = toApiError(error);
    const leftover = form ? applyServerErrors(form, apiError) : fieldMessages(apiError);
    const text = this.describe(apiError);
    const extra = leftover.filter((m) => m !== text);
    this.message.error(extra.length ? `${text} ${extra.join(' ')}` : text, { nzDuration: 6000 });
    return apiError;
  }

  /** The text for an error: a translated business code, the server's words, or a generic phrase. */
  describe(apiError: ApiError): string {
    if (apiError.code && this.i18n.has(`error.${apiError.code}`)) return this.i18n.t(`error.${apiError.code}`);
    if (apiError.message) return apiError.message;
    if (apiError.status === 0) return this.i18n.t('error.network');
    if (apiError.status === 403) return this.i18n.t('error.forbidden');
    if (apiError.status === 404) return this.i18n.t('error.notFound');
    if (Object.keys(apiError.fieldErrors).length) return this.i18n.t('error.validation');
    return this.i18n.t('error.unexpected');
  }
}
