import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { firstValueFrom } from 'rxjs';
import { ErrorNotifier } from '../../../../core/errors/error-notifier.service';
import { I18nService } from '../../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { LoadError } from '../../../../shared/load-error/load-error';
import { HostSupportApi } from '../../host-support.api';
import type { TenantAccountManagerDto } from '../../support.models';

/** Account managers per tenant (GET /api/host/support/account-managers) and reassignment (PUT …/{tenantId}); staff with their load. */
@Component({
  selector: 'app-account-managers',
  imports: [
    DatePipe,
    FormsModule,
    NzPageHeaderModule,
    NzTableModule,
    NzButtonModule,
    NzIconModule,
    NzEmptyModule,
    NzModalModule,
    NzSelectModule,
    TranslatePipe,
    LoadError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-page-header [nzTitle]="'nav.accountManagers' | t" [nzSubtitle]="'accountManagers.subtitle' | t">
      <nz-page-header-extra>
        <button nz-button (click)="managers.reload(); staff.reload()" [nzLoading]="managers.isLoading()">
          <nz-icon nzType="reload" /> {{ 'common.refresh' | t }}
        </button>
      </nz-page-header-extra>
    </nz-page-header>
    @if (managers.error()) {
      <app-load-error [error]="managers.error()" (retry)="managers.reload()" />
    } @else {
      <nz-table
        #table
        [nzData]="managers.value() ?? []"
        [nzLoading]="managers.isLoading()"
        nzSize="middle"
        [nzPageSize]="20"
        [nzHideOnSinglePage]="true"
        [nzNoResult]="empty"
        [nzScroll]="{ x: '700px' }"
        data-testid="account-managers-table"
      >
        <thead>
          <tr>
            <th>{{ 'supportQueue.tenant' | t }}</th>
            <th>{{ 'accountManagers.staff' | t }}</th>
            <th>{{ 'accountManagers.assignedAt' | t }}</th>
            <th nzRight nzAlign="right">{{ 'common.actions' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of table.data; track row.tenantId) {
            <tr [attr.data-testid]="'account-manager-row-' + row.tenantName">
              <td>{{ row.tenantName }}</td>
              <td data-testid="account-manager-staff">{{ row.staffName }}</td>
              <td>{{ row.assignedAt | date: 'yyyy-MM-dd HH:mm' : '+0800' }}</td>
              <td nzRight nzAlign="right">
                <button nz-button nzSize="small" (click)="open(row)" data-testid="account-manager-reassign">
                  <nz-icon nzType="edit" /> {{ 'accountManagers.reassign' | t }}
                </button>
              </td>
            </tr>
          }
        </tbody>
      </nz-table>
      <ng-template #empty><nz-empty [nzNotFoundContent]="'accountManagers.empty' | t" /></ng-template>
    }

    @if (editing(); as row) {
      <nz-modal
        [nzVisible]="true"
        [nzTitle]="'accountManagers.reassignTitle' | t: { tenant: row.tenantName }"
        [nzOkText]="'accountManagers.reassign' | t"
        [nzCancelText]="'common.cancel' | t"
        [nzOkLoading]="saving()"
        [nzOkDisabled]="!choice() || choice() === row.staffUserId"
        (nzOnOk)="save(row)"
        (nzOnCancel)="editing.set(null)"
      >
        <div *nzModalContent>
          <label for="am-staff" class="label">{{ 'accountManagers.staff' | t }}</label>
          <nz-select
            nzId="am-staff"
            class="full"
            [ngModel]="choice()"
            (ngModelChange)="choice.set($event)"
            data-testid="account-manager-choice"
          >
            @for (s of staff.value() ?? []; track s.id) {
              <nz-option
                [nzValue]="s.id"
                [nzLabel]="s.name + ' — ' + ('accountManagers.load' | t: { tenants: s.accountManagerOf, tickets: s.openTickets })"
              />
            }
          </nz-select>
        </div>
      </nz-modal>
    }
  `,
  styles: `
    .label {
      display: block;
      margin-bottom: 8px;
    }
    .full {
      width: 100%;
    }
  `,
})
export class AccountManagers {
  private readonly api = inject(HostSupportApi);
  private readonly errors = inject(ErrorNotifier);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);
  protected readonly managers = rxResource({ stream: () => this.api.accountManagers() });
  protected readonly staff = rxResource({ stream: () => this.api.staff() });
  protected readonly editing = signal<TenantAccountManagerDto | null>(null);
  protected readonly choice = signal<string | null>(null);
  protected readonly saving = signal(false);

  protected open(row: TenantAccountManagerDto): void {
    this.choice.set(row.staffUserId);
    this.editing.set(row);
  }

  protected async save(row: TenantAccountManagerDto): Promise<void> {
    const staffUserId = this.choice();
    if (!staffUserId) return;
    this.saving.set(true);
    try {
      const updated = await firstValueFrom(this.api.reassign(row.tenantId, staffUserId));
      this.managers.update((list) => (list ?? []).map((m) => (m.tenantId === updated.tenantId ? updated : m)));
      this.message.success(this.i18n.t('accountManagers.reassigned', { tenant: updated.tenantName, name: updated.staffName }));
      this.editing.set(null);
      this.staff.reload();
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.saving.set(false);
    }
  }
}
