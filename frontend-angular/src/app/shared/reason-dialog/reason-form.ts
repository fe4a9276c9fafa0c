import { ChangeDetectionStrategy, Component, inject, output } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { NZ_MODAL_DATA } from 'ng-zorro-antd/modal';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzFormModule } from 'ng-zorro-antd/form';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { FieldErrorPipe } from '../forms/field-error.pipe';

export interface ReasonFormData {
  description?: string;
}

@Component({
  selector: 'app-reason-form',
  imports: [ReactiveFormsModule, NzInputModule, NzFormModule, TranslatePipe, FieldErrorPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (data.description) {
      <p>{{ data.description }}</p>
    }
    <nz-form-item>
      <nz-form-label nzRequired nzFor="reason">{{ 'common.reason' | t }}</nz-form-label>
      <nz-form-control [nzErrorTip]="reason | fieldError">
        <textarea
          nz-input
          id="reason"
          data-testid="reason-input"
          [formControl]="reason"
          [nzAutosize]="{ minRows: 3, maxRows: 6 }"
          maxlength="500"
        ></textarea>
      </nz-form-control>
    </nz-form-item>
  `,
})
export class ReasonForm {
  protected readonly data = inject<ReasonFormData>(NZ_MODAL_DATA);
  protected readonly reason = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.minLength(2), Validators.pattern(/\S/)],
  });
  readonly validChange = output<boolean>();

  constructor() {
    this.reason.statusChanges.subscribe(() => this.validChange.emit(this.reason.valid));
  }

  /** Called by the modal's OK button: the reason closes the dialog with it; false keeps it open. */
  submit(): string | false {
    if (this.reason.invalid) {
      this.reason.markAsDirty();
      return false;
    }
    return this.reason.value.trim();
  }
}
