import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { firstValueFrom } from 'rxjs';
import type { MemberDto, TenantRole } from '../../../../api/models';
import { TenantApi } from '../../tenant.api';
import { ErrorNotifier } from '../../../../core/errors/error-notifier.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { FieldErrorPipe } from '../../../../shared/forms/field-error.pipe';

const ROLES: TenantRole[] = ['Member', 'TenantAdmin'];

@Component({
  selector: 'app-add-member-dialog',
  imports: [ReactiveFormsModule, NzModalModule, NzFormModule, NzInputModule, NzSelectModule, TranslatePipe, FieldErrorPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="'members.add' | t"
      [nzOkText]="'common.add' | t"
      [nzCancelText]="'common.cancel' | t"
      [nzOkLoading]="saving()"
      (nzOnOk)="submit()"
      (nzOnCancel)="cancelled.emit()"
    >
      <form *nzModalContent nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()" data-testid="member-form">
        <nz-form-item>
          <nz-form-label nzFor="m-name" nzRequired>{{ 'members.name' | t }}</nz-form-label>
          <nz-form-control [nzErrorTip]="form.controls.name | fieldError">
            <input nz-input id="m-name" formControlName="name" data-testid="member-name" />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="m-email" nzRequired>{{ 'members.email' | t }}</nz-form-label>
          <nz-form-control [nzErrorTip]="form.controls.email | fieldError">
            <input nz-input id="m-email" type="email" formControlName="email" data-testid="member-email" />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="m-password" nzRequired>{{ 'members.password' | t }}</nz-form-label>
          <nz-form-control [nzErrorTip]="form.controls.password | fieldError" [nzExtra]="'members.passwordHint' | t">
            <input
              nz-input
              id="m-password"
              type="password"
              autocomplete="new-password"
              formControlName="password"
              data-testid="member-password"
            />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="m-role" nzRequired>{{ 'members.role' | t }}</nz-form-label>
          <nz-form-control>
            <nz-select nzId="m-role" formControlName="role" data-testid="member-role">
              @for (role of roles; track role) {
                <nz-option [nzValue]="role" [nzLabel]="'role.' + role | t" />
              }
            </nz-select>
          </nz-form-control>
        </nz-form-item>
        <button type="submit" hidden></button>
      </form>
    </nz-modal>
  `,
})
export class AddMemberDialog {
  private readonly tenants = inject(TenantApi);
  private readonly errors = inject(ErrorNotifier);
  readonly added = output<MemberDto>();
  readonly cancelled = output<void>();

  protected readonly roles = ROLES;
  protected readonly saving = signal(false);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly form = this.fb.group({
    name: ['', [Validators.required, Validators.maxLength(100)]],
    email: ['', [Validators.required, Validators.email]],
    password: ['', [Validators.required, Validators.minLength(8)]],
    role: this.fb.control<TenantRole>('Member'),
  });

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      Object.values(this.form.controls).forEach((c) => c.markAsDirty());
      return;
    }
    this.saving.set(true);
    try {
      const value = this.form.getRawValue();
      this.added.emit(await firstValueFrom(this.tenants.addMember({ ...value, email: value.email.trim(), name: value.name.trim() })));
    } catch (error) {
      this.errors.show(error, this.form);
    } finally {
      this.saving.set(false);
    }
  }
}
