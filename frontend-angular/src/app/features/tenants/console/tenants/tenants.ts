import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDropDownModule } from 'ng-zorro-antd/dropdown';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalService } from 'ng-zorro-antd/modal';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { Observable, debounceTime, firstValueFrom } from 'rxjs';
import { HostTenantsApi } from '../../host-tenants.api';
import type { TenantDto, TenantStatus, VerificationStatus } from '../../../../api/models';
import { AuthService } from '../../../../core/auth/auth.service';
import { Permissions } from '../../../../core/auth/permissions';
import { ErrorNotifier } from '../../../../core/errors/error-notifier.service';
import { I18nService } from '../../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { LoadError } from '../../../../shared/load-error/load-error';
import { ReasonDialog } from '../../../../shared/reason-dialog/reason-dialog.service';
import { TenantStatusTag } from '../../../../shared/status-tags/tenant-status-tag';
import { VerificationStatusTag } from '../../../../shared/status-tags/verification-status-tag';
import { TenantDrawer } from './tenant-drawer';

const STATUSES: TenantStatus[] = ['Active', 'Suspended'];
const VERIFICATION_STATUSES: VerificationStatus[] = ['Unverified', 'Pending', 'Verified', 'Rejected', 'Revoked'];

@Component({
  selector: 'app-tenants',
  imports: [
    DatePipe,
    FormsModule,
    NzPageHeaderModule,
    NzTableModule,
    NzButtonModule,
    NzIconModule,
    NzInputModule,
    NzSelectModule,
    NzDropDownModule,
    NzEmptyModule,
    TranslatePipe,
    LoadError,
    TenantStatusTag,
    VerificationStatusTag,
    TenantDrawer,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './tenants.html',
  styleUrl: './tenants.scss',
})
export class Tenants {
  private readonly hostTenants = inject(HostTenantsApi);
  private readonly auth = inject(AuthService);
  private readonly errors = inject(ErrorNotifier);
  private readonly message = inject(NzMessageService);
  private readonly modal = inject(NzModalService);
  private readonly reasons = inject(ReasonDialog);
  private readonly i18n = inject(I18nService);

  protected readonly statuses = STATUSES;
  protected readonly verificationStatuses = VERIFICATION_STATUSES;
  protected readonly canManage = this.auth.hasPermission(Permissions.tenantsManage);
  protected readonly canReview = this.auth.hasPermission(Permissions.verificationReview);

  protected readonly status = signal<TenantStatus | null>(null);
  protected readonly verificationStatus = signal<VerificationStatus | null>(null);
  protected readonly searchText = signal('');
  private readonly search = toSignal(toObservable(this.searchText).pipe(debounceTime(300)), { initialValue: '' });

  protected readonly tenants = rxResource({
    params: () => ({ status: this.status(), verificationStatus: this.verificationStatus(), search: this.search().trim() }),
    stream: ({ params }) => this.hostTenants.list(params),
  });
  protected readonly busy = signal<string | null>(null);
  protected readonly selected = signal<TenantDto | null>(null);

  protected clearFilters(): void {
    this.status.set(null);
    this.verificationStatus.set(null);
    this.searchText.set('');
  }

  protected async suspend(tenant: TenantDto): Promise<void> {
    const reason = await this.reasons.ask({
      title: this.i18n.t('tenants.suspendTitle', { name: tenant.name }),
      description: this.i18n.t('tenants.suspendText'),
      okText: this.i18n.t('tenants.suspend'),
      danger: true,
    });
    if (reason) await this.act(tenant, this.hostTenants.suspend(tenant.id, reason), 'tenants.suspended');
  }

  protected reinstate(tenant: TenantDto): void {
    this.modal.confirm({
      nzTitle: this.i18n.t('tenants.reinstateTitle', { name: tenant.name }),
      nzOkText: this.i18n.t('tenants.reinstate'),
      nzCancelText: this.i18n.t('common.cancel'),
      nzOnOk: () => this.act(tenant, this.hostTenants.reinstate(tenant.id), 'tenants.reinstated'),
    });
  }

  protected async revokeVerification(tenant: TenantDto): Promise<void> {
    const reason = await this.reasons.ask({
      title: this.i18n.t('tenants.revokeTitle', { name: tenant.name }),
      description: this.i18n.t('tenants.revokeText'),
      okText: this.i18n.t('tenants.revokeVerification'),
      danger: true,
    });
    if (reason) await this.act(tenant, this.hostTenants.revokeVerification(tenant.id, reason), 'tenants.verificationRevoked');
  }

  /** Runs an action and puts the returned tenant in place, in the table and in an open drawer. */
  private async act(tenant: TenantDto, call: Observable<TenantDto>, doneKey: string): Promise<void> {
    this.busy.set(tenant.id);
    try {
      const updated = await firstValueFrom(call);
      this.tenants.update((list) => (list ?? []).map((t) => (t.id === updated.id ? updated : t)));
      if (this.selected()?.id === updated.id) this.selected.set(updated);
      this.message.success(this.i18n.t(doneKey, { name: tenant.name }));
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.busy.set(null);
    }
  }
}
