import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { firstValueFrom } from 'rxjs';
import type { CreatedApiClientDto } from '../../../../api/models';
import { TenantApi } from '../../tenant.api';
import { ErrorNotifier } from '../../../../core/errors/error-notifier.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { FieldErrorPipe } from '../../../../shared/forms/field-error.pipe';

@Component({
  selector: 'app-create-client-dialog',
  imports: [ReactiveFormsModule, NzModalModule, NzFormModule, NzInputModule, TranslatePipe, FieldErrorPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'apiClients.create' | t"
      [nzOkText]="'common.create' | t"
      [nzCancelText]="'common.cancel' | t"
      [nzOkLoading]="saving()"
      (nzOnOk)="submit()"
      (nzOnCancel)="cancelled.emit()"
    >
      <form *nzModalContent nz-form nzLayout="vertical" (ngSubmit)="submit()">
        <nz-form-item>
          <nz-form-label nzFor="client-name" nzRequired>{{ 'apiClients.name' | t }}</nz-form-label>
          <nz-form-control [nzErrorTip]="name | fieldError" [nzExtra]="'apiClients.nameHint' | t">
            <input nz-input id="client-name" [formControl]="name" maxlength="100" data-testid="api-client-name" />
          </nz-form-control>
        </nz-form-item>
      </form>
    </nz-modal>
  `,
})
export class CreateClientDialog {
  private readonly tenants = inject(TenantApi);
  private readonly errors = inject(ErrorNotifier);
  readonly created = output<CreatedApiClientDto>();
  readonly cancelled = output<void>();

  protected readonly saving = signal(false);
  protected readonly name = new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(100)] });

  protected async submit(): Promise<void> {
    if (this.name.invalid) {
      this.name.markAsDirty();
      this.name.updateValueAndValidity();
      return;
    }
    this.saving.set(true);
    try {
      this.created.emit(await firstValueFrom(this.tenants.createApiClient(this.name.value.trim())));
    } catch (error) {
      const apiError = this.errors.show(error);
      const fieldMessage = Object.values(apiError.fieldErrors).flat()[0];
      if (fieldMessage) this.name.setErrors({ server: fieldMessage });
    } finally {
      this.saving.set(false);
    }
  }
}
