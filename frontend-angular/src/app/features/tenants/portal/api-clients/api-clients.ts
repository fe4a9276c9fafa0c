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
import { NzTypographyModule } from 'ng-zorro-antd/typography';
import { firstValueFrom } from 'rxjs';
import type { ApiClientDto, CreatedApiClientDto } from '../../../../api/models';
import { TenantApi } from '../../tenant.api';
import { ErrorNotifier } from '../../../../core/errors/error-notifier.service';
import { I18nService } from '../../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { LoadError } from '../../../../shared/load-error/load-error';
import { CreateClientDialog } from './create-client-dialog';
import { SecretDialog } from './secret-dialog';

@Component({
  selector: 'app-api-clients',
  imports: [
    DatePipe,
    NzPageHeaderModule,
    NzTableModule,
    NzButtonModule,
    NzIconModule,
    NzPopconfirmModule,
    NzTagModule,
    NzEmptyModule,
    NzTypographyModule,
    TranslatePipe,
    LoadError,
    CreateClientDialog,
    SecretDialog,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './api-clients.html',
})
export class ApiClients {
  private readonly tenants = inject(TenantApi);
  private readonly errors = inject(ErrorNotifier);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);

  protected readonly clients = rxResource({ stream: () => this.tenants.apiClients() });
  protected readonly creating = signal(false);
  /** The just-created client whose secret is shown once. */
  protected readonly created = signal<CreatedApiClientDto | null>(null);
  protected readonly revoking = signal<string | null>(null);

  protected onCreated(client: CreatedApiClientDto): void {
    this.creating.set(false);
    this.created.set(client);
    const { clientSecret: _secret, ...listed } = client;
    this.clients.update((list) => [...(list ?? []), { ...listed, revokedAt: null }]);
  }

  protected async revoke(client: ApiClientDto): Promise<void> {
    this.revoking.set(client.id);
    try {
      await firstValueFrom(this.tenants.revokeApiClient(client.id));
      this.message.success(this.i18n.t('apiClients.revoked', { name: client.name }));
      this.clients.reload();
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.revoking.set(null);
    }
  }
}
