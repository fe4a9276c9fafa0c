import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTableModule } from 'ng-zorro-antd/table';
import { Observable, firstValueFrom } from 'rxjs';
import { HostTenantsApi } from '../../host-tenants.api';
import type { TenantDto } from '../../../../api/models';
import { ErrorNotifier } from '../../../../core/errors/error-notifier.service';
import { I18nService } from '../../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { LoadError } from '../../../../shared/load-error/load-error';
import { ReasonDialog } from '../../../../shared/reason-dialog/reason-dialog.service';

/** Tenants waiting for a verification decision, oldest submission first. */
@Component({
  selector: 'app-verification-queue',
  imports: [
    DatePipe,
    NzPageHeaderModule,
    NzTableModule,
    NzButtonModule,
    NzIconModule,
    NzPopconfirmModule,
    NzEmptyModule,
    TranslatePipe,
    LoadError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './verification-queue.html',
})
export class VerificationQueue {
  private readonly hostTenants = inject(HostTenantsApi);
  private readonly errors = inject(ErrorNotifier);
  private readonly message = inject(NzMessageService);
  private readonly reasons = inject(ReasonDialog);
  private readonly i18n = inject(I18nService);

  protected readonly queue = rxResource({ stream: () => this.hostTenants.list({ verificationStatus: 'Pending' }) });
  protected readonly busy = signal<string | null>(null);

  protected sorted(list: TenantDto[] | undefined): TenantDto[] {
    return [...(list ?? [])].sort((a, b) => (a.verification?.submittedAt ?? '').localeCompare(b.verification?.submittedAt ?? ''));
  }

  protected approve(tenant: TenantDto): Promise<void> {
    return this.decide(tenant, this.hostTenants.approve(tenant.id), 'queue.approved');
  }

  protected async reject(tenant: TenantDto): Promise<void> {
    const reason = await this.reasons.ask({
      title: this.i18n.t('queue.rejectTitle', { name: tenant.name }),
      description: this.i18n.t('queue.rejectText'),
      okText: this.i18n.t('queue.reject'),
      danger: true,
    });
    if (reason) await this.decide(tenant, this.hostTenants.reject(tenant.id, reason), 'queue.rejected');
  }

  private async decide(tenant: TenantDto, call: Observable<TenantDto>, doneKey: string): Promise<void> {
    this.busy.set(tenant.id);
    try {
      await firstValueFrom(call);
      this.queue.update((list) => (list ?? []).filter((t) => t.id !== tenant.id));
      this.message.success(this.i18n.t(doneKey, { name: tenant.name }));
    } catch (error) {
      this.errors.show(error);
      this.queue.reload();
    } finally {
      this.busy.set(null);
    }
  }
}
