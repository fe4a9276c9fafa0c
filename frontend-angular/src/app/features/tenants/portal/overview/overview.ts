import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { TenantApi } from '../../tenant.api';
import { AuthService } from '../../../../core/auth/auth.service';
import { Permissions } from '../../../../core/auth/permissions';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { LoadError } from '../../../../shared/load-error/load-error';
import { TenantStatusTag } from '../../../../shared/status-tags/tenant-status-tag';
import { VerificationStatusTag } from '../../../../shared/status-tags/verification-status-tag';

@Component({
  selector: 'app-overview',
  imports: [
    DatePipe,
    RouterLink,
    NzPageHeaderModule,
    NzCardModule,
    NzDescriptionsModule,
    NzSpinModule,
    NzAlertModule,
    NzButtonModule,
    TranslatePipe,
    LoadError,
    TenantStatusTag,
    VerificationStatusTag,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './overview.html',
})
export class Overview {
  private readonly tenants = inject(TenantApi);
  private readonly auth = inject(AuthService);
  protected readonly profile = rxResource({ stream: () => this.tenants.profile() });
  protected readonly canSubmit = this.auth.hasPermission(Permissions.verificationSubmit);
}
