import { DatePipe } from '@angular/common';
import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { AbstractControl, NonNullableFormBuilder, ReactiveFormsModule, ValidationErrors, Validators } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { SERVER_ERROR_KEY } from '../../../../core/errors/form-errors';
import { ErrorNotifier } from '../../../../core/errors/error-notifier.service';
import { I18nService } from '../../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { FieldErrorPipe } from '../../../../shared/forms/field-error.pipe';
import { LoadError } from '../../../../shared/load-error/load-error';
import { AnnouncementKind, titleIn } from '../../announcement-display';
import { HostSupportApi } from '../../host-support.api';
import type { AnnouncementDto } from '../../support.models';

const KINDS: readonly AnnouncementKind[] = ['Maintenance', 'Suspension', 'General'];
const NOTICE_CODES = ['Support:MaintenanceNoticeTooShort', 'Support:SuspensionNotAnnouncedInAdvance'];

/** The window must end after it starts. */
function windowOrder(group: AbstractControl): ValidationErrors | null {
  const start = group.get('windowStart')?.value as Date | null;
  const effective = group.get('effectiveAt')?.value as Date | null;
  const end = group.get('windowEnd')?.value as Date | null;
  const from = group.get('kind')?.value === 'Suspension' ? effective : start;
  return from && end && end.getTime() <= from.getTime() ? { windowOrder: true } : null;
}

/** Announcements (GET/POST /api/host/announcements, DELETE to withdraw): maintenance (§4.1), suspension (§4.2), general; both languages. */
@Component({
  selector: 'app-announcements-editor',
  imports: [
    DatePipe,
    ReactiveFormsModule,
    NzPageHeaderModule,
    NzTableModule,
    NzButtonModule,
    NzIconModule,
    NzEmptyModule,
    NzDrawerModule,
    NzFormModule,
    NzInputModule,
    NzRadioModule,
    NzSelectModule,
    NzDatePickerModule,
    NzAlertModule,
    NzTagModule,
    NzPopconfirmModule,
    TranslatePipe,
    FieldErrorPipe,
    LoadError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-page-header [nzTitle]="'nav.announcementsEditor' | t" [nzSubtitle]="'editor.subtitle' | t">
      <nz-page-header-extra>
        <button nz-button (click)="list.reload()" [nzLoading]="list.isLoading()">
          <nz-icon nzType="reload" /> {{ 'common.refresh' | t }}
        </button>
        <button nz-button nzType="primary" (click)="openForm()" data-testid="announcement-new">
          <nz-icon nzType="plus" /> {{ 'editor.new' | t }}
        </button>
      </nz-page-header-extra>
    </nz-page-header>
    @if (list.error()) {
      <app-load-error [error]="list.error()" (retry)="list.reload()" />
    } @else {
      <nz-table
        #table
        [nzData]="list.value() ?? []"
        [nzLoading]="list.isLoading()"
        nzSize="middle"
        [nzPageSize]="20"
        [nzHideOnSinglePage]="true"
        [nzNoResult]="empty"
        [nzScroll]="{ x: '1000px' }"
        data-testid="announcements-table"
      >
        <thead>
          <tr>
            <th>{{ 'editor.kind' | t }}</th>
            <th>{{ 'editor.title' | t }}</th>
            <th>{{ 'editor.audience' | t }}</th>
            <th>{{ 'announcements.window' | t }}</th>
            <th>{{ 'common.status' | t }}</th>
            <th>{{ 'announcements.publishedAt' | t }}</th>
            <th nzRight nzAlign="right">{{ 'common.actions' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (a of table.data; track a.id) {
            <tr data-testid="announcement-row" [attr.data-kind]="a.kind">
              <td>{{ 'announcementKind.' + a.kind | t }}</td>
              <td>{{ title(a) }}</td>
              <td>
                @if (a.forAllTenants) {
                  {{ 'editor.allTenants' | t }}
                } @else {
                  {{ 'editor.tenantCount' | t: { count: a.tenantIds.length } }}
                }
              </td>
              <td>
                {{ a.startsAt | date: 'yyyy-MM-dd HH:mm' : '+0800' }}
                @if (a.endsAt) {
                  – {{ a.endsAt | date: 'yyyy-MM-dd HH:mm' : '+0800' }}
                }
              </td>
              <td>
                @if (a.withdrawnAt) {
                  <nz-tag>{{ 'editor.withdrawn' | t }}</nz-tag>
                } @else if (a.active) {
                  <nz-tag nzColor="green">{{ 'editor.active' | t }}</nz-tag>
                } @else {
                  <nz-tag nzColor="default">{{ 'editor.ended' | t }}</nz-tag>
                }
              </td>
              <td>{{ a.publishedAt | date: 'yyyy-MM-dd HH:mm' : '+0800' }}</td>
              <td nzRight nzAlign="right">
                @if (!a.withdrawnAt) {
                  <button
                    nz-button
                    nzSize="small"
                    nzDanger
                    nz-popconfirm
                    [nzPopconfirmTitle]="'editor.withdrawConfirm' | t"
                    (nzOnConfirm)="withdraw(a)"
                    data-testid="announcement-withdraw"
                  >
                    {{ 'editor.withdraw' | t }}
                  </button>
                }
              </td>
            </tr>
          }
        </tbody>
      </nz-table>
      <ng-template #empty><nz-empty [nzNotFoundContent]="'editor.empty' | t" /></ng-template>
    }

    <nz-drawer
      [nzVisible]="formOpen()"
      [nzTitle]="'editor.new' | t"
      [nzWidth]="drawerWidth"
      (nzOnClose)="formOpen.set(false)"
      [nzFooter]="footer"
    >
      <ng-container *nzDrawerContent>
        <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="publish()" data-testid="announcement-form">
          @if (noticeError()) {
            <nz-alert nzType="error" nzShowIcon [nzMessage]="noticeError()!" class="notice" data-testid="announcement-notice-error" />
          }
          <nz-form-item>
            <nz-form-label nzRequired>{{ 'editor.kind' | t }}</nz-form-label>
            <nz-form-control>
              <nz-radio-group formControlName="kind" data-testid="announcement-kind">
                @for (k of kinds; track k) {
                  <label nz-radio-button [nzValue]="k" [attr.data-testid]="'announcement-kind-' + k">{{
                    'announcementKind.' + k | t
                  }}</label>
                }
              </nz-radio-group>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="a-title-zh" nzRequired>{{ 'editor.titleZh' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="form.controls.titleZh | fieldError">
              <input nz-input id="a-title-zh" formControlName="titleZh" maxlength="200" data-testid="announcement-title-zh" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="a-title-en" nzRequired>{{ 'editor.titleEn' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="form.controls.titleEn | fieldError">
              <input nz-input id="a-title-en" formControlName="titleEn" maxlength="200" data-testid="announcement-title-en" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="a-body-zh" nzRequired>{{ 'editor.bodyZh' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="form.controls.bodyZh | fieldError">
              <textarea
                nz-input
                id="a-body-zh"
                rows="3"
                formControlName="bodyZh"
                maxlength="10000"
                data-testid="announcement-body-zh"
              ></textarea>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="a-body-en" nzRequired>{{ 'editor.bodyEn' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="form.controls.bodyEn | fieldError">
              <textarea
                nz-input
                id="a-body-en"
                rows="3"
                formControlName="bodyEn"
                maxlength="10000"
                data-testid="announcement-body-en"
              ></textarea>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label>{{ 'editor.audience' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="form.controls.tenantIds | fieldError">
              <nz-radio-group formControlName="audience" class="block">
                <label nz-radio nzValue="all">{{ 'editor.allTenants' | t }}</label>
                <label nz-radio nzValue="chosen" data-testid="announcement-audience-chosen">{{ 'editor.chosenTenants' | t }}</label>
              </nz-radio-group>
              @if (audience() === 'chosen') {
                <nz-select
                  nzMode="multiple"
                  nzShowSearch
                  formControlName="tenantIds"
                  [nzPlaceHolder]="'editor.chooseTenants' | t"
                  [nzLoading]="tenants.isLoading()"
                  class="full"
                  data-testid="announcement-tenants"
                >
                  @for (t of tenants.value() ?? []; track t.id) {
                    <nz-option [nzValue]="t.id" [nzLabel]="t.name" />
                  }
                </nz-select>
              }
            </nz-form-control>
          </nz-form-item>
          @if (kind() === 'Maintenance') {
            <nz-form-item>
              <nz-form-label nzFor="a-start" nzRequired>{{ 'editor.windowStart' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="form.controls.windowStart | fieldError" [nzExtra]="'editor.noticeHint' | t">
                <nz-date-picker
                  nzId="a-start"
                  nzShowTime
                  nzFormat="yyyy-MM-dd HH:mm"
                  formControlName="windowStart"
                  data-testid="announcement-window-start"
                />
              </nz-form-control>
            </nz-form-item>
          }
          @if (kind() === 'Suspension') {
            <nz-form-item>
              <nz-form-label nzFor="a-effective" nzRequired>{{ 'editor.effectiveAt' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="form.controls.effectiveAt | fieldError" [nzExtra]="'editor.suspensionHint' | t">
                <nz-date-picker
                  nzId="a-effective"
                  nzShowTime
                  nzFormat="yyyy-MM-dd HH:mm"
                  formControlName="effectiveAt"
                  data-testid="announcement-effective-at"
                />
              </nz-form-control>
            </nz-form-item>
          }
          <nz-form-item>
            <nz-form-label nzFor="a-end" [nzRequired]="kind() === 'Maintenance'">{{ endLabel() | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="windowEndError()">
              <nz-date-picker
                nzId="a-end"
                nzShowTime
                nzFormat="yyyy-MM-dd HH:mm"
                formControlName="windowEnd"
                data-testid="announcement-window-end"
              />
            </nz-form-control>
          </nz-form-item>
          @if (kind() === 'Maintenance') {
            <nz-form-item>
              <nz-form-label nzFor="a-services" nzRequired>{{ 'announcements.affected' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="form.controls.affectedServices | fieldError">
                <nz-select
                  nzId="a-services"
                  nzMode="tags"
                  formControlName="affectedServices"
                  [nzPlaceHolder]="'editor.servicesHint' | t"
                  class="full"
                  data-testid="announcement-services"
                >
                  @for (s of serviceSuggestions; track s) {
                    <nz-option [nzValue]="s" [nzLabel]="s" />
                  }
                </nz-select>
              </nz-form-control>
            </nz-form-item>
          }
        </form>
      </ng-container>
      <ng-template #footer>
        <div class="footer">
          <button nz-button (click)="formOpen.set(false)">{{ 'common.cancel' | t }}</button>
          <button nz-button nzType="primary" (click)="publish()" [nzLoading]="saving()" data-testid="announcement-publish">
            {{ 'editor.publish' | t }}
          </button>
        </div>
      </ng-template>
    </nz-drawer>
  `,
  styles: `
    .full {
      width: 100%;
    }
    .block {
      display: block;
      margin-bottom: 8px;
    }
    .notice {
      margin-bottom: 16px;
    }
    .footer {
      display: flex;
      justify-content: flex-end;
      gap: 8px;
    }
  `,
})
export class AnnouncementsEditor {
  private readonly api = inject(HostSupportApi);
  private readonly errors = inject(ErrorNotifier);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly kinds = KINDS;
  protected readonly serviceSuggestions = ['API', 'Portal', 'Console', 'Webhooks', 'Mail'];
  protected readonly drawerWidth = typeof window !== 'undefined' && window.innerWidth < 640 ? '100%' : 560;
  protected readonly list = rxResource({ stream: () => this.api.announcements() });
  protected readonly tenants = rxResource({ stream: () => this.api.tenants() });
  protected readonly formOpen = signal(false);
  protected readonly saving = signal(false);
  protected readonly noticeError = signal<string | null>(null);
  private readonly text = (max: number) => ['', [Validators.required, Validators.maxLength(max), Validators.pattern(/\S/)]];
  protected readonly form = this.fb.group(
    {
      kind: this.fb.control<AnnouncementKind>('Maintenance'),
      titleZh: this.text(200),
      titleEn: this.text(200),
      bodyZh: this.text(10_000),
      bodyEn: this.text(10_000),
      audience: this.fb.control<'all' | 'chosen'>('all'),
      tenantIds: this.fb.control<string[]>([]),
      windowStart: this.fb.control<Date | null>(null),
      windowEnd: this.fb.control<Date | null>(null),
      effectiveAt: this.fb.control<Date | null>(null),
      affectedServices: this.fb.control<string[]>([]),
    },
    { validators: windowOrder },
  );
  protected readonly kind = toSignal(this.form.controls.kind.valueChanges, { initialValue: this.form.controls.kind.value });
  protected readonly audience = toSignal(this.form.controls.audience.valueChanges, { initialValue: this.form.controls.audience.value });
  protected readonly endLabel = computed(() =>
    this.kind() === 'Maintenance' ? 'editor.windowEnd' : this.kind() === 'Suspension' ? 'editor.resumesAt' : 'editor.expiresAt',
  );

  protected windowEndError(): string {
    if (this.form.hasError('windowOrder')) return this.i18n.t('editor.windowOrder');
    const errors = this.form.controls.windowEnd.errors;
    if (errors?.[SERVER_ERROR_KEY]) return String(errors[SERVER_ERROR_KEY]);
    return errors?.['required'] ? this.i18n.t('validation.required') : '';
  }

  protected title(a: AnnouncementDto): string {
    return titleIn(a, this.i18n.lang());
  }

  protected openForm(): void {
    this.form.reset();
    this.noticeError.set(null);
    this.formOpen.set(true);
  }

  /** Requirements that depend on the kind and the audience, set before validating. */
  private applyRules(): void {
    const c = this.form.controls;
    const kind = c.kind.value;
    const required = (control: AbstractControl, on: boolean) => {
      control.setValidators(on ? Validators.required : null);
      control.updateValueAndValidity({ emitEvent: false });
    };
    required(c.windowStart, kind === 'Maintenance');
    required(c.windowEnd, kind === 'Maintenance');
    required(c.effectiveAt, kind === 'Suspension');
    required(c.affectedServices, kind === 'Maintenance');
    required(c.tenantIds, c.audience.value === 'chosen');
    if (kind === 'Maintenance' && !c.affectedServices.value.length) c.affectedServices.setErrors({ required: true });
    if (c.audience.value === 'chosen' && !c.tenantIds.value.length) c.tenantIds.setErrors({ required: true });
    this.form.updateValueAndValidity({ emitEvent: false });
  }

  protected async publish(): Promise<void> {
    this.noticeError.set(null);
    this.applyRules();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      Object.values(this.form.controls).forEach((c) => c.markAsDirty());
      return;
    }
    const v = this.form.getRawValue();
    const iso = (d: Date | null) => (d ? d.toISOString() : null);
    this.saving.set(true);
    try {
      const created = await firstValueFrom(
        this.api.publish({
          kind: v.kind,
          titleZh: v.titleZh.trim(),
          titleEn: v.titleEn.trim(),
          bodyZh: v.bodyZh.trim(),
          bodyEn: v.bodyEn.trim(),
          tenantIds: v.audience === 'chosen' ? v.tenantIds : null,
          windowStart: v.kind === 'Maintenance' ? iso(v.windowStart) : null,
          windowEnd: iso(v.windowEnd),
          effectiveAt: v.kind === 'Suspension' ? iso(v.effectiveAt) : null,
          affectedServices: v.kind === 'Maintenance' ? v.affectedServices : null,
        }),
      );
      this.list.update((items) => [created, ...(items ?? [])]);
      this.message.success(this.i18n.t('editor.published'));
      this.formOpen.set(false);
    } catch (error) {
      const apiError = this.errors.show(error, this.form);
      if (apiError.code && NOTICE_CODES.includes(apiError.code)) this.showNotice(error, apiError.code);
    } finally {
      this.saving.set(false);
    }
  }

  /** §4.1 / §4.2: the coded error goes onto the start field and above the form, with the notice period when the server names it. */
  private showNotice(error: unknown, code: string): void {
    const body =
      error instanceof HttpErrorResponse && error.error && typeof error.error === 'object' ? (error.error as Record<string, unknown>) : {};
    const hours = typeof body['noticeHours'] === 'number' ? body['noticeHours'] : null;
    const text =
      code === 'Support:MaintenanceNoticeTooShort' && hours !== null
        ? this.i18n.t('editor.noticeTooShort', { hours })
        : this.i18n.t(`error.${code}`);
    this.noticeError.set(text);
    const control = code === 'Support:MaintenanceNoticeTooShort' ? this.form.controls.windowStart : this.form.controls.effectiveAt;
    control.setErrors({ [SERVER_ERROR_KEY]: text });
    control.markAsTouched();
    control.markAsDirty();
  }

  protected async withdraw(a: AnnouncementDto): Promise<void> {
    try {
      await firstValueFrom(this.api.withdraw(a.id));
      this.message.success(this.i18n.t('editor.withdrawnDone'));
      this.list.reload();
    } catch (error) {
      this.errors.show(error);
    }
  }
}
