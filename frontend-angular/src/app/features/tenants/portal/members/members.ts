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
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import type { MemberDto } from '../../../../api/models';
import { TenantApi } from '../../tenant.api';
import { AuthService } from '../../../../core/auth/auth.service';
import { Permissions } from '../../../../core/auth/permissions';
import { ErrorNotifier } from '../../../../core/errors/error-notifier.service';
import { I18nService } from '../../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { LoadError } from '../../../../shared/load-error/load-error';
import { AddMemberDialog } from './add-member-dialog';

@Component({
  selector: 'app-members',
  imports: [
    DatePipe,
    NzPageHeaderModule,
    NzTableModule,
    NzButtonModule,
    NzIconModule,
    NzPopconfirmModule,
    NzTagModule,
    NzEmptyModule,
    TranslatePipe,
    LoadError,
    AddMemberDialog,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './members.html',
})
export class Members {
  private readonly tenants = inject(TenantApi);
  private readonly errors = inject(ErrorNotifier);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);
  private readonly auth = inject(AuthService);
  protected readonly me = this.auth.me;
  protected readonly canManage = this.auth.hasPermission(Permissions.membersManage);

  protected readonly members = rxResource({ stream: () => this.tenants.members() });
  protected readonly adding = signal(false);
  protected readonly removing = signal<string | null>(null);

  protected onAdded(member: MemberDto): void {
    this.adding.set(false);
    this.members.update((list) => [...(list ?? []), member]);
    this.message.success(this.i18n.t('members.added', { name: member.name }));
  }

  protected async remove(member: MemberDto): Promise<void> {
    this.removing.set(member.id);
    try {
      await firstValueFrom(this.tenants.removeMember(member.id));
      this.members.update((list) => (list ?? []).filter((m) => m.id !== member.id));
      this.message.success(this.i18n.t('members.removed', { name: member.name }));
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.removing.set(null);
    }
  }
}
