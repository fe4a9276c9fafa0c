import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { firstValueFrom } from 'rxjs';
import { TenantApi } from '../../tenant.api';
import { AuthService } from '../../../../core/auth/auth.service';
import { ErrorNotifier } from '../../../../core/errors/error-notifier.service';
import { I18nService } from '../../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { FieldErrorPipe } from '../../../../shared/forms/field-error.pipe';
import { AuthFrame } from '../../../../layout/auth-frame/auth-frame';

@Component({
  selector: 'app-sign-up',
  imports: [ReactiveFormsModule, RouterLink, NzFormModule, NzInputModule, NzButtonModule, TranslatePipe, FieldErrorPipe, AuthFrame],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sign-up.html',
})
export class SignUp {
  private readonly tenants = inject(TenantApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly errors = inject(ErrorNotifier);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);

  protected readonly busy = signal(false);
  protected readonly form = inject(NonNullableFormBuilder).group({
    companyName: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(100)]],
    adminName: ['', [Validators.required, Validators.maxLength(100)]],
    adminEmail: ['', [Validators.required, Validators.email]],
    adminPassword: ['', [Validators.required, Validators.minLength(8), Validators.maxLength(128)]],
  });

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      Object.values(this.form.controls).forEach((c) => c.markAsDirty());
      return;
    }
    this.busy.set(true);
    const request = this.form.getRawValue();
    try {
      await firstValueFrom(
        this.tenants.signUp({ ...request, companyName: request.companyName.trim(), adminEmail: request.adminEmail.trim() }),
      );
    } catch (error) {
      this.errors.show(error, this.form);
      this.busy.set(false);
      return;
    }
    try {
      await this.auth.signIn(request.adminEmail, request.adminPassword);
      this.message.success(this.i18n.t('auth.signedUp'));
      await this.router.navigateByUrl('/');
    } catch (error) {
      // the company exists; only the automatic sign-in failed
      this.errors.show(error);
      await this.router.navigate(['/sign-in']);
    } finally {
      this.busy.set(false);
    }
  }
}
