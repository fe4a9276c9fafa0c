import { Pipe, PipeTransform, inject } from '@angular/core';
import type { AbstractControl, ValidationErrors } from '@angular/forms';
import { SERVER_ERROR_KEY } from '../../core/errors/form-errors';
import { I18nService } from '../../core/i18n/i18n.service';

/** `[nzErrorTip]="form.controls.x | fieldError"`: the first error of a control, in words. */
@Pipe({ name: 'fieldError', pure: false })
export class FieldErrorPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(control: AbstractControl | null | undefined): string {
    return control?.errors ? describeErrors(control.errors, this.i18n) : '';
  }
}

export function describeErrors(errors: ValidationErrors, i18n: I18nService): string {
  if (errors[SERVER_ERROR_KEY]) return String(errors[SERVER_ERROR_KEY]);
  if (errors['required']) return i18n.t('validation.required');
  if (errors['email']) return i18n.t('validation.email');
  if (errors['minlength']) return i18n.t('validation.minLength', { n: errors['minlength'].requiredLength });
  if (errors['maxlength']) return i18n.t('validation.maxLength', { n: errors['maxlength'].requiredLength });
  if (errors['min']) return i18n.t('validation.min', { n: errors['min'].min });
  if (errors['pattern']) return i18n.t('validation.invalid');
  if (errors['creditCode']) return i18n.t(`validation.creditCode.${errors['creditCode'].problem}`);
  if (errors['creditCodeServer']) return String(errors['creditCodeServer']);
  return i18n.t('validation.invalid');
}
