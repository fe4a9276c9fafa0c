import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDropDownModule } from 'ng-zorro-antd/dropdown';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalService } from 'ng-zorro-antd/modal';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { firstValueFrom } from 'rxjs';
import { ErrorNotifier } from '../../../../core/errors/error-notifier.service';
import { I18nService } from '../../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { LoadError } from '../../../../shared/load-error/load-error';
import { eventTypeLabel } from '../../notifications-display';
import { NotificationsApi, type WebhookCreatedDto, type WebhookEndpointDto } from '../../notifications.api';
import { DeliveriesDrawer } from './deliveries-drawer';
import { WebhookDialog } from './webhook-dialog';
import { type ShownSecret, WebhookSecretDialog } from './webhook-secret-dialog';

/** The tenant's webhook endpoints: add, edit, enable/disable, rotate the secret, delete; each one's deliveries. */
@Component({
  selector: 'app-webhooks',
  imports: [
    DatePipe,
    NzPageHeaderModule,
    NzTableModule,
    NzButtonModule,
    NzIconModule,
    NzDropDownModule,
    NzTagModule,
    NzTooltipModule,
    NzEmptyModule,
    TranslatePipe,
    LoadError,
    WebhookDialog,
    WebhookSecretDialog,
    DeliveriesDrawer,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './webhooks.html',
  styles: `
    .url {
      word-break: break-all;
    }
    .events nz-tag {
      margin-bottom: 4px;
    }
  `,
})
export class Webhooks {
  private readonly notifications = inject(NotificationsApi);
  private readonly errors = inject(ErrorNotifier);
  private readonly message = inject(NzMessageService);
  private readonly modal = inject(NzModalService);
  private readonly i18n = inject(I18nService);

  protected readonly endpoints = rxResource({ stream: () => this.notifications.webhooks() });
  protected readonly eventTypes = rxResource({ stream: () => this.notifications.eventTypes() });
  /** null: closed; 'new': adding; an endpoint: editing it. */
  protected readonly editing = signal<WebhookEndpointDto | 'new' | null>(null);
  protected readonly editedEndpoint = computed(() => {
    const editing = this.editing();
    return editing === 'new' ? null : editing;
  });
  protected readonly secret = signal<ShownSecret | null>(null);
  protected readonly viewing = signal<WebhookEndpointDto | null>(null);
  protected readonly busy = signal<string | null>(null);
  private readonly labels = computed(() => {
    const lang = this.i18n.lang();
    return new Map((this.eventTypes.value() ?? []).map((t) => [t.type, eventTypeLabel(t.description, t.type, lang)]));
  });

  protected label(type: string): string {
    return this.labels().get(type) ?? type;
  }

  protected onCreated(created: WebhookCreatedDto): void {
    this.editing.set(null);
    const { secret, ...listed } = created;
    this.endpoints.update((list) => [...(list ?? []), { ...listed, secretRotatedAt: null, previousSecretExpiresAt: null }]);
    this.secret.set({ url: created.url, secret });
    this.message.success(this.i18n.t('webhooks.added'));
  }

  protected onSaved(saved: WebhookEndpointDto): void {
    this.editing.set(null);
    this.replace(saved);
    this.message.success(this.i18n.t('webhooks.saved'));
  }

  protected async setEnabled(endpoint: WebhookEndpointDto, enabled: boolean): Promise<void> {
    this.busy.set(endpoint.id);
    try {
      const { url, description, eventTypes } = endpoint;
      this.replace(
        await firstValueFrom(this.notifications.updateWebhook(endpoint.id, { url, description, eventTypes: [...eventTypes], enabled })),
      );
      this.message.success(this.i18n.t(enabled ? 'webhooks.enabledDone' : 'webhooks.disabledDone'));
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.busy.set(null);
    }
  }

  protected confirmRotate(endpoint: WebhookEndpointDto): void {
    this.modal.confirm({
      nzTitle: this.i18n.t('webhooks.rotate'),
      nzContent: this.i18n.t('webhooks.rotateConfirm'),
      nzOkText: this.i18n.t('webhooks.rotate'),
      nzCancelText: this.i18n.t('common.cancel'),
      nzOnOk: () => this.rotate(endpoint),
    });
  }

  protected confirmDelete(endpoint: WebhookEndpointDto): void {
    this.modal.confirm({
      nzTitle: this.i18n.t('common.delete'),
      nzContent: this.i18n.t('webhooks.deleteConfirm'),
      nzOkText: this.i18n.t('common.delete'),
      nzOkDanger: true,
      nzCancelText: this.i18n.t('common.cancel'),
      nzOnOk: () => this.delete(endpoint),
    });
  }

  private async rotate(endpoint: WebhookEndpointDto): Promise<void> {
    try {
      const rotated = await firstValueFrom(this.notifications.rotateSecret(endpoint.id));
      this.replace({ ...endpoint, secretRotatedAt: rotated.rotatedAt, previousSecretExpiresAt: rotated.previousSecretExpiresAt });
      this.secret.set({ url: endpoint.url, secret: rotated.secret, previousSecretExpiresAt: rotated.previousSecretExpiresAt });
    } catch (error) {
      this.errors.show(error);
    }
  }

  private async delete(endpoint: WebhookEndpointDto): Promise<void> {
    try {
      await firstValueFrom(this.notifications.deleteWebhook(endpoint.id));
      this.endpoints.update((list) => (list ?? []).filter((e) => e.id !== endpoint.id));
      this.message.success(this.i18n.t('webhooks.deleted'));
    } catch (error) {
      this.errors.show(error);
    }
  }

  private replace(endpoint: WebhookEndpointDto): void {
    this.endpoints.update((list) => (list ?? []).map((e) => (e.id === endpoint.id ? endpoint : e)));
  }
}
