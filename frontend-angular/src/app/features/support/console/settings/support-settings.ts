import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, effect, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormArray, FormGroup, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { firstValueFrom } from 'rxjs';
import { ErrorNotifier } from '../../../../core/errors/error-notifier.service';
import { fromIsoDate, toIsoDate } from '../../../../core/format/dates';
import { I18nService } from '../../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { FieldErrorPipe } from '../../../../shared/forms/field-error.pipe';
import { LoadError } from '../../../../shared/load-error/load-error';
import { HostSupportApi } from '../../host-support.api';
import type { ServiceDayOverrideDto, SupportSettingsDto } from '../../support.models';

const CLOCK = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

/** Service hours (Asia/Shanghai), the maintenance notice period (§4.1) and dates with other hours or closed (GET/PUT …/support/settings). */
@Component({
  selector: 'app-support-settings',
  imports: [
    DatePipe,
    ReactiveFormsModule,
    NzPageHeaderModule,
    NzCardModule,
    NzFormModule,
    NzInputModule,
    NzInputNumberModule,
    NzDatePickerModule,
    NzCheckboxModule,
    NzButtonModule,
    NzIconModule,
    NzSkeletonModule,
    TranslatePipe,
    FieldErrorPipe,
    LoadError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-page-header [nzTitle]="'nav.supportSettings' | t" [nzSubtitle]="'settings.subtitle' | t" />
    @if (settings.error()) {
      <app-load-error [error]="settings.error()" (retry)="settings.reload()" />
    } @else if (settings.value(); as s) {
      <form nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="save()" data-testid="support-settings-form">
        <nz-card nzSize="small" [nzTitle]="'settings.hours' | t">
          <div class="row">
            <nz-form-item>
              <nz-form-label nzFor="s-start" nzRequired>{{ 'settings.start' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="form.controls.serviceStart | fieldError">
                <input nz-input id="s-start" formControlName="serviceStart" placeholder="09:00" data-testid="settings-start" />
              </nz-form-control>
            </nz-form-item>
            <nz-form-item>
              <nz-form-label nzFor="s-end" nzRequired>{{ 'settings.end' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="form.controls.serviceEnd | fieldError">
                <input nz-input id="s-end" formControlName="serviceEnd" placeholder="18:00" data-testid="settings-end" />
              </nz-form-control>
            </nz-form-item>
            <nz-form-item>
              <nz-form-label nzFor="s-notice" nzRequired>{{ 'settings.notice' | t }}</nz-form-label>
              <nz-form-control [nzErrorTip]="form.controls.noticePeriodHours | fieldError" [nzExtra]="'settings.noticeHint' | t">
                <nz-input-number
                  nzId="s-notice"
                  formControlName="noticePeriodHours"
                  [nzMin]="0"
                  [nzMax]="8760"
                  data-testid="settings-notice"
                />
              </nz-form-control>
            </nz-form-item>
          </div>
          <p class="muted">{{ 'settings.hoursHint' | t }}</p>
        </nz-card>

        <nz-card nzSize="small" class="overrides" [nzTitle]="'settings.overrides' | t" [nzExtra]="addOverride">
          <ng-template #addOverride>
            <button nz-button nzSize="small" type="button" (click)="add()" data-testid="settings-add-override">
              <nz-icon nzType="plus" /> {{ 'common.add' | t }}
            </button>
          </ng-template>
          @for (o of overrides.controls; track o; let i = $index) {
            <div class="row override" [formGroup]="o" data-testid="settings-override">
              <nz-form-item>
                <nz-form-label [nzFor]="'o-date-' + i" nzRequired>{{ 'settings.date' | t }}</nz-form-label>
                <nz-form-control [nzErrorTip]="o.controls.date | fieldError">
                  <nz-date-picker [nzId]="'o-date-' + i" nzFormat="yyyy-MM-dd" formControlName="date" />
                </nz-form-control>
              </nz-form-item>
              <nz-form-item>
                <nz-form-label>&nbsp;</nz-form-label>
                <nz-form-control>
                  <label nz-checkbox formControlName="closed">{{ 'settings.closed' | t }}</label>
                </nz-form-control>
              </nz-form-item>
              @if (!o.controls.closed.value) {
                <nz-form-item>
                  <nz-form-label [nzFor]="'o-start-' + i" nzRequired>{{ 'settings.start' | t }}</nz-form-label>
                  <nz-form-control [nzErrorTip]="o.controls.start | fieldError">
                    <input nz-input [id]="'o-start-' + i" formControlName="start" placeholder="09:00" />
                  </nz-form-control>
                </nz-form-item>
                <nz-form-item>
                  <nz-form-label [nzFor]="'o-end-' + i" nzRequired>{{ 'settings.end' | t }}</nz-form-label>
                  <nz-form-control [nzErrorTip]="o.controls.end | fieldError">
                    <input nz-input [id]="'o-end-' + i" formControlName="end" placeholder="18:00" />
                  </nz-form-control>
                </nz-form-item>
              }
              <nz-form-item>
                <nz-form-label>&nbsp;</nz-form-label>
                <button nz-button nzType="text" nzDanger type="button" (click)="remove(i)" [attr.aria-label]="'common.remove' | t">
                  <nz-icon nzType="delete" />
                </button>
              </nz-form-item>
            </div>
          } @empty {
            <p class="muted">{{ 'settings.noOverrides' | t }}</p>
          }
        </nz-card>
        <div class="footer">
          @if (s.updatedAt) {
            <span class="muted">{{ 'settings.updatedAt' | t }} {{ s.updatedAt | date: 'yyyy-MM-dd HH:mm' : '+0800' }}</span>
          }
          <button nz-button nzType="primary" type="submit" [nzLoading]="saving()" data-testid="settings-save">
            {{ 'common.save' | t }}
          </button>
        </div>
      </form>
    } @else {
      <nz-skeleton [nzActive]="true" />
    }
  `,
  styles: `
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0 16px;
      align-items: flex-start;
    }
    .row nz-form-item {
      min-width: 140px;
    }
    .override {
      border-bottom: 1px dashed #f0f0f0;
    }
    .overrides {
      margin-top: 16px;
    }
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
    .footer {
      display: flex;
      gap: 12px;
      justify-content: flex-end;
      align-items: center;
      margin-top: 16px;
    }
  `,
})
export class SupportSettings {
  private readonly api = inject(HostSupportApi);
  private readonly errors = inject(ErrorNotifier);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly settings = rxResource({ stream: () => this.api.settings() });
  protected readonly saving = signal(false);
  protected readonly overrides = new FormArray<ReturnType<SupportSettings['overrideGroup']>>([]);
  protected readonly form = this.fb.group({
    serviceStart: ['', [Validators.required, Validators.pattern(CLOCK)]],
    serviceEnd: ['', [Validators.required, Validators.pattern(CLOCK)]],
    noticePeriodHours: this.fb.control<number | null>(null, [Validators.required, Validators.min(0), Validators.max(8760)]),
    overrides: this.overrides,
  });
  private readonly fill = effect(() => {
    const s = this.settings.value();
    if (s) this.load(s);
  });

  private overrideGroup(o?: ServiceDayOverrideDto) {
    return this.fb.group({
      date: this.fb.control<Date | null>(fromIsoDate(o?.date), Validators.required),
      closed: [o?.closed ?? false],
      start: [o?.start ?? '', Validators.pattern(CLOCK)],
      end: [o?.end ?? '', Validators.pattern(CLOCK)],
    });
  }

  private load(s: SupportSettingsDto): void {
    this.overrides.clear();
    for (const o of s.overrides) this.overrides.push(this.overrideGroup(o));
    this.form.patchValue({ serviceStart: s.serviceStart, serviceEnd: s.serviceEnd, noticePeriodHours: s.noticePeriodHours });
  }

  protected add(): void {
    this.overrides.push(this.overrideGroup());
  }

  protected remove(index: number): void {
    this.overrides.removeAt(index);
  }

  protected async save(): Promise<void> {
    for (const o of this.overrides.controls) {
      const open = !o.controls.closed.value;
      for (const c of [o.controls.start, o.controls.end]) {
        c.setValidators(open ? [Validators.required, Validators.pattern(CLOCK)] : null);
        c.updateValueAndValidity();
      }
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      markDirty(this.form);
      return;
    }
    const v = this.form.getRawValue();
    this.saving.set(true);
    try {
      const saved = await firstValueFrom(
        this.api.saveSettings({
          serviceStart: v.serviceStart,
          serviceEnd: v.serviceEnd,
          noticePeriodHours: v.noticePeriodHours,
          overrides: v.overrides.map((o) => ({
            date: toIsoDate(o.date),
            closed: o.closed,
            start: o.closed ? null : o.start,
            end: o.closed ? null : o.end,
          })),
        }),
      );
      this.settings.set(saved);
      this.message.success(this.i18n.t('settings.saved'));
    } catch (error) {
      this.errors.show(error, this.form);
    } finally {
      this.saving.set(false);
    }
  }
}

function markDirty(group: FormGroup | FormArray): void {
  for (const c of Object.values(group.controls)) {
    if (c instanceof FormGroup || c instanceof FormArray) markDirty(c);
    else c.markAsDirty();
  }
}
