import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { LoadError } from '../../../shared/load-error/load-error';
import { SupportApi } from '../support.api';

/** The tenant's dedicated account manager (GET /api/tenant/support/account-manager; 204 → none, e.g. Standard). */
@Component({
  selector: 'app-account-manager-card',
  imports: [NzCardModule, NzIconModule, TranslatePipe, LoadError],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-card nzSize="small" [nzTitle]="'accountManager.title' | t" [nzLoading]="manager.isLoading()" data-testid="account-manager-card">
      @if (manager.error()) {
        <app-load-error [error]="manager.error()" (retry)="manager.reload()" />
      } @else if (manager.value(); as m) {
        <div class="manager">
          <nz-icon nzType="team" class="avatar" />
          <div>
            <div class="name" data-testid="account-manager-name">{{ m.name }}</div>
            @if (m.email) {
              <div>
                <span class="label">{{ 'accountManager.email' | t }}</span>
                <a [href]="'mailto:' + m.email" data-testid="account-manager-email">{{ m.email }}</a>
              </div>
            }
            @if (m.phone) {
              <div>
                <span class="label">{{ 'accountManager.phone' | t }}</span>
                <a [href]="'tel:' + m.phone">{{ m.phone }}</a>
              </div>
            }
          </div>
        </div>
      } @else {
        <span class="muted" data-testid="account-manager-none">{{ 'accountManager.none' | t }}</span>
      }
    </nz-card>
  `,
  styles: `
    .manager {
      display: flex;
      gap: 12px;
      align-items: flex-start;
    }
    .avatar {
      font-size: 28px;
      color: #1677ff;
    }
    .name {
      font-weight: 600;
    }
    .label {
      color: rgba(0, 0, 0, 0.45);
      margin-right: 8px;
    }
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
  `,
})
export class AccountManagerCard {
  private readonly api = inject(SupportApi);
  // a 204 arrives as a null body
  protected readonly manager = rxResource({ stream: () => this.api.accountManager() });
}
