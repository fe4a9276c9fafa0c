import { ChangeDetectionStrategy, Component, inject, input, OnInit, output, signal } from '@angular/core';
import { AbstractControl, FormControl, FormGroup, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzSwitchModule } from 'ng-zorro-antd/switch';
import { firstValueFrom } from 'rxjs';
import { ErrorNotifier } from '../../../../core/errors/error-notifier.service';
import { I18nService } from '../../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { FieldErrorPipe, describeErrors } from '../../../../shared/forms/field-error.pipe';
import { eventTypeLabel, isHttpsUrl } from '../../notifications-display';
import {
  NotificationsApi,
  type WebhookCreatedDto,
  type WebhookEndpointDto,
  type WebhookEventTypeDto,
  type WebhookRequest,
} from '../../notifications.api';
import { panelWidth } from '../../ui/narrow';

const httpsUrl = (control: AbstractControl): ValidationErrors | null =>
  !control.value || isHttpsUrl(String(control.value)) ? null : { https: true };

/** Adds an endpoint (emits the created one with its secret) or edits one (emits the saved one). */
@Component({
  selector: 'app-webhook-dialog',
  imports: [
    ReactiveFormsModule,
    NzModalModule,
    NzFormModule,
    NzInputModule,
    NzCheckboxModule,
    NzSwitchModule,
    TranslatePipe,
    FieldErrorPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-modal
      [nzVisible]="true"
      [nzTitle]="(endpoint() ? 'webhooks.editTitle' : 'webhooks.add') | t"
      [nzOkText]="(endpoint() ? 'common.save' : 'common.create') | t"
      [nzCancelText]="'common.cancel' | t"
      [nzOkLoading]="saving()"
      [nzWidth]="width"
      (nzOnOk)="submit()"
      (nzOnCancel)="cancelled.emit()"
    >
      <form *nzModalContent nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()" data-testid="webhook-form">
        <nz-form-item>
          <nz-form-label nzFor="webhook-url" nzRequired>{{ 'webhooks.url' | t }}</nz-form-label>
          <nz-form-control [nzErrorTip]="urlError()" [nzExtra]="'webhooks.urlHint' | t">
            <input
              nz-input
              id="webhook-url"
              formControlName="url"
              maxlength="500"
              placeholder="https://hooks.example.com/ding"
              data-testid="webhook-url"
            />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzFor="webhook-description">{{ 'webhooks.description' | t }}</nz-form-label>
          <nz-form-control [nzErrorTip]="form.controls.description | fieldError">
            <input nz-input id="webhook-description" formControlName="description" maxlength="200" data-testid="webhook-description" />
          </nz-form-control>
        </nz-form-item>
        <nz-form-item>
          <nz-form-label nzRequired>{{ 'webhooks.eventTypes' | t }}</nz-form-label>
          <nz-form-control [nzErrorTip]="eventsError()">
            <nz-checkbox-group formControlName="eventTypes" class="events" data-testid="webhook-events">
              @for (type of eventTypes(); track type.type) {
                <label nz-checkbox [nzValue]="type.type" class="event" [attr.data-testid]="'webhook-event-' + type.type">
                  <span class="event-label">{{ label(type) }}</span>
                  <code class="event-type">{{ type.type }}</code>
                </label>
              }
            </nz-checkbox-group>
          </nz-form-control>
        </nz-form-item>
        @if (endpoint()) {
          <nz-form-item>
            <nz-form-label nzFor="webhook-enabled">{{ 'webhooks.enabled' | t }}</nz-form-label>
            <nz-form-control>
              <nz-switch id="webhook-enabled" formControlName="enabled" data-testid="webhook-enabled" />
            </nz-form-control>
          </nz-form-item>
        }
      </form>
    </nz-modal>
  `,
  styles: `
    .events {
      display: flex;
      flex-direction: column;
      gap: 6px;
    }
    .event {
      margin-inline-start: 0;
    }
    .event-type {
      margin-inline-start: 8px;
      font-size: 12px;
      color: rgba(0, 0, 0, 0.45);
    }
  `,
})
export class WebhookDialog implements OnInit {
  private readonly notifications = inject(NotificationsApi);
  private readonly errors = inject(ErrorNotifier);
  private readonly i18n = inject(I18nService);
  /** The endpoint to edit; none to add one. */
  readonly endpoint = input<WebhookEndpointDto | null>(null);
  readonly eventTypes = input.required<readonly WebhookEventTypeDto[]>();
  readonly created = output<WebhookCreatedDto>();
  readonly saved = output<WebhookEndpointDto>();
  readonly cancelled = output<void>();

  protected readonly width = panelWidth(640);
  protected readonly saving = signal(false);
  protected readonly form = new FormGroup({
    url: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.maxLength(500), httpsUrl] }),
    description: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(200)] }),
    eventTypes: new FormControl<string[]>([], { nonNullable: true, validators: [Validators.required] }),
    enabled: new FormControl(true, { nonNullable: true }),
  });

  protected urlError(): string {
    const errors = this.form.controls.url.errors;
    if (errors?.['https'] && !errors['required'] && !errors['server']) return this.i18n.t('webhooks.urlHttps');
    return describeErrors(errors ?? {}, this.i18n);
  }

  protected eventsError(): string {
    const errors = this.form.controls.eventTypes.errors;
    return errors?.['server'] ? String(errors['server']) : this.i18n.t('webhooks.eventTypesRequired');
  }

  ngOnInit(): void {
    const endpoint = this.endpoint();
    if (endpoint) {
      this.form.setValue({
        url: endpoint.url,
        description: endpoint.description ?? '',
        eventTypes: [...endpoint.eventTypes],
        enabled: endpoint.enabled,
      });
    }
  }

  protected label(type: WebhookEventTypeDto): string {
    return eventTypeLabel(type.description, type.type, this.i18n.lang());
  }

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      Object.values(this.form.controls).forEach((control) => {
        control.markAsDirty();
        control.updateValueAndValidity();
      });
      return;
    }
    const value = this.form.getRawValue();
    const request: WebhookRequest = {
      url: value.url.trim(),
      description: value.description.trim() || null,
      eventTypes: value.eventTypes,
      enabled: value.enabled,
    };
    this.saving.set(true);
    try {
      const endpoint = this.endpoint();
      if (endpoint) this.saved.emit(await firstValueFrom(this.notifications.updateWebhook(endpoint.id, request)));
      else this.created.emit(await firstValueFrom(this.notifications.createWebhook(request)));
    } catch (error) {
      this.errors.show(error, this.form);
    } finally {
      this.saving.set(false);
    }
  }
}
