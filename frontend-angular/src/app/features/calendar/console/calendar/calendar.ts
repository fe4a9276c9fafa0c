import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalService } from 'ng-zorro-antd/modal';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { CalendarApi } from '../../calendar.api';
import type { CalendarYearDto, DeadlinePreviewDto } from '../../../../api/models';
import { ErrorNotifier } from '../../../../core/errors/error-notifier.service';
import { fromIsoDate, shanghaiToday, toIsoDate } from '../../../../core/format/dates';
import { I18nService } from '../../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { EditableDay, dayProblems, toDayInputs, yearsWithoutData } from '../../calendar-display';
import { LoadError } from '../../../../shared/load-error/load-error';

interface DayRow extends EditableDay {
  /** The date picker's value; `date` is derived from it. */
  picked: Date | null;
}

/** Statutory holidays and make-up working days per year (GET/PUT/DELETE /api/host/calendar/{year}), with a deadline preview. */
@Component({
  selector: 'app-calendar-editor',
  imports: [
    DatePipe,
    FormsModule,
    NzPageHeaderModule,
    NzCardModule,
    NzTableModule,
    NzButtonModule,
    NzIconModule,
    NzTagModule,
    NzAlertModule,
    NzEmptyModule,
    NzDatePickerModule,
    NzSelectModule,
    NzInputModule,
    NzInputNumberModule,
    NzFormModule,
    NzGridModule,
    TranslatePipe,
    LoadError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-page-header [nzTitle]="'nav.calendar' | t" [nzSubtitle]="'calendar.subtitle' | t" />
    @if (missing().length) {
      <nz-alert
        nzType="warning"
        nzShowIcon
        class="block"
        [nzMessage]="'calendar.missingWarning' | t: { years: missing().join(', ') }"
        data-testid="calendar-missing"
      />
    }
    <div nz-row [nzGutter]="16">
      <div nz-col [nzXs]="24" [nzLg]="9">
        <nz-card [nzTitle]="'calendar.years' | t" [nzExtra]="yearsExtra" data-testid="calendar-years">
          @if (years.error()) {
            <app-load-error [error]="years.error()" (retry)="years.reload()" />
          } @else {
            <nz-table
              [nzData]="years.value() ?? []"
              [nzLoading]="years.isLoading()"
              nzSize="small"
              [nzShowPagination]="false"
              [nzFrontPagination]="false"
              [nzNoResult]="noYears"
            >
              <thead>
                <tr>
                  <th>{{ 'calendar.year' | t }}</th>
                  <th>{{ 'common.status' | t }}</th>
                  <th nzAlign="right">{{ 'calendar.offDays' | t }}</th>
                  <th nzAlign="right">{{ 'calendar.makeUpWorkdays' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (y of years.value() ?? []; track y.year) {
                  <tr
                    [attr.data-testid]="'calendar-year-' + y.year"
                    [attr.data-has-data]="y.hasData"
                    class="clickable"
                    [class.selected]="selectedYear() === y.year"
                    (click)="select(y.year)"
                  >
                    <td>
                      <a>{{ y.year }}</a>
                    </td>
                    <td>
                      <nz-tag [nzColor]="y.hasData ? 'success' : 'warning'">{{
                        (y.hasData ? 'calendar.hasData' : 'calendar.noData') | t
                      }}</nz-tag>
                    </td>
                    <td nzAlign="right">{{ y.offDays }}</td>
                    <td nzAlign="right">{{ y.makeUpWorkdays }}</td>
                  </tr>
                }
              </tbody>
            </nz-table>
            <ng-template #noYears><nz-empty nzNotFoundImage="simple" [nzNotFoundContent]="'calendar.noYears' | t" /></ng-template>
          }
          <ng-template #yearsExtra>
            <nz-input-number
              [(ngModel)]="newYear"
              [nzMin]="2000"
              [nzMax]="2100"
              [nzPrecision]="0"
              nzSize="small"
              data-testid="calendar-new-year"
            />
            <button nz-button nzSize="small" class="ml8" (click)="select(newYear)" data-testid="calendar-open-year">
              {{ 'calendar.openYear' | t }}
            </button>
          </ng-template>
        </nz-card>

        <nz-card [nzTitle]="'calendar.preview' | t" class="preview" data-testid="calendar-preview">
          <form nz-form nzLayout="vertical" (ngSubmit)="preview()">
            <div nz-row [nzGutter]="8">
              <div nz-col [nzSpan]="12">
                <nz-form-item>
                  <nz-form-label>{{ 'calendar.from' | t }}</nz-form-label>
                  <nz-date-picker
                    name="from"
                    [(ngModel)]="previewFrom"
                    nzFormat="yyyy-MM-dd"
                    [nzAllowClear]="false"
                    data-testid="preview-from"
                  />
                </nz-form-item>
              </div>
              <div nz-col [nzSpan]="12">
                <nz-form-item>
                  <nz-form-label>{{ 'calendar.workingDays' | t }}</nz-form-label>
                  <nz-input-number
                    name="days"
                    [(ngModel)]="previewDays"
                    [nzMin]="1"
                    [nzMax]="365"
                    [nzPrecision]="0"
                    data-testid="preview-days"
                  />
                </nz-form-item>
              </div>
            </div>
            <button nz-button nzType="primary" type="submit" [nzLoading]="previewing()" data-testid="preview-submit">
              {{ 'calendar.compute' | t }}
            </button>
          </form>
          @if (previewResult(); as p) {
            <p class="deadline">
              {{ 'calendar.deadline' | t }}: <strong data-testid="preview-deadline">{{ p.deadline }}</strong>
            </p>
            @if (p.yearsWithoutData.length) {
              <nz-alert nzType="warning" nzShowIcon [nzMessage]="'calendar.missingWarning' | t: { years: p.yearsWithoutData.join(', ') }" />
            }
          }
        </nz-card>
      </div>

      <div nz-col [nzXs]="24" [nzLg]="15">
        <nz-card
          [nzTitle]="selectedYear() ? ('calendar.editTitle' | t: { year: selectedYear()! }) : ('calendar.days' | t)"
          [nzExtra]="editExtra"
          data-testid="calendar-editor"
        >
          @if (!selectedYear()) {
            <nz-empty [nzNotFoundContent]="'calendar.selectYear' | t" />
          } @else if (year.error()) {
            <app-load-error [error]="year.error()" (retry)="year.reload()" />
          } @else {
            @if (year.value(); as y) {
              <p class="muted" data-testid="calendar-meta">
                {{ 'calendar.source' | t }}: {{ y.source ?? '—' }}
                @if (y.updatedAt) {
                  · {{ 'calendar.updatedAt' | t }}: {{ y.updatedAt | date: 'yyyy-MM-dd HH:mm' : '+0800' }}
                }
              </p>
            }
            <nz-form-item>
              <nz-form-label nzRequired>{{ 'calendar.source' | t }}</nz-form-label>
              <input
                nz-input
                [(ngModel)]="source"
                maxlength="500"
                [placeholder]="'calendar.sourceHint' | t"
                data-testid="calendar-source"
              />
            </nz-form-item>
            <nz-table
              [nzData]="rows()"
              [nzLoading]="year.isLoading()"
              nzSize="small"
              [nzPageSize]="50"
              [nzHideOnSinglePage]="true"
              [nzNoResult]="noDays"
              data-testid="calendar-days"
            >
              <thead>
                <tr>
                  <th nzWidth="170px">{{ 'calendar.date' | t }}</th>
                  <th nzWidth="150px">{{ 'calendar.type' | t }}</th>
                  <th>{{ 'calendar.name' | t }}</th>
                  <th nzWidth="60px"></th>
                </tr>
              </thead>
              <tbody>
                @for (row of rows(); track row; let i = $index) {
                  <tr data-testid="calendar-day" [class.invalid]="problems().has(i)">
                    <td>
                      <nz-date-picker
                        [ngModel]="row.picked"
                        (ngModelChange)="setDate(i, $event)"
                        nzFormat="yyyy-MM-dd"
                        data-testid="day-date"
                      />
                    </td>
                    <td>
                      <nz-select
                        [ngModel]="row.isOffDay"
                        (ngModelChange)="patch(i, { isOffDay: $event })"
                        class="full"
                        data-testid="day-kind"
                      >
                        <nz-option [nzValue]="true" [nzLabel]="'calendar.off' | t" />
                        <nz-option [nzValue]="false" [nzLabel]="'calendar.working' | t" />
                      </nz-select>
                    </td>
                    <td>
                      <input
                        nz-input
                        [ngModel]="row.name"
                        (ngModelChange)="patch(i, { name: $event })"
                        maxlength="50"
                        data-testid="day-name"
                      />
                      @if (problems().get(i); as problem) {
                        <div class="error">{{ 'calendar.problem.' + problem | t: { year: selectedYear()! } }}</div>
                      }
                    </td>
                    <td>
                      <button
                        nz-button
                        nzType="text"
                        nzDanger
                        nzSize="small"
                        (click)="removeRow(i)"
                        [attr.aria-label]="'common.remove' | t"
                        data-testid="day-remove"
                      >
                        <nz-icon nzType="delete" />
                      </button>
                    </td>
                  </tr>
                }
              </tbody>
            </nz-table>
            <ng-template #noDays><nz-empty nzNotFoundImage="simple" [nzNotFoundContent]="'calendar.noDays' | t" /></ng-template>
            <button nz-button nzType="dashed" class="add" (click)="addRow()" data-testid="day-add">
              <nz-icon nzType="plus" /> {{ 'calendar.addDay' | t }}
            </button>
          }
          <ng-template #editExtra>
            @if (selectedYear()) {
              <button
                nz-button
                nzDanger
                nzSize="small"
                (click)="remove()"
                [disabled]="!year.value()?.hasData"
                data-testid="calendar-delete"
              >
                {{ 'calendar.deleteYear' | t }}
              </button>
              <button
                nz-button
                nzType="primary"
                nzSize="small"
                class="ml8"
                (click)="save()"
                [nzLoading]="saving()"
                data-testid="calendar-save"
              >
                {{ 'common.save' | t }}
              </button>
            }
          </ng-template>
        </nz-card>
      </div>
    </div>
  `,
  styles: `
    .block {
      margin-bottom: 16px;
    }
    .preview {
      margin-top: 16px;
    }
    .clickable {
      cursor: pointer;
    }
    tr.selected > td {
      background: #e6f4ff;
    }
    tr.invalid > td {
      background: #fff2f0;
    }
    .error {
      color: #cf1322;
      font-size: 12px;
    }
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
    .full {
      width: 100%;
    }
    .add {
      width: 100%;
      margin-top: 8px;
    }
    .deadline {
      margin-top: 12px;
    }
  `,
})
export class CalendarEditor {
  private readonly api = inject(CalendarApi);
  private readonly errors = inject(ErrorNotifier);
  private readonly message = inject(NzMessageService);
  private readonly modal = inject(NzModalService);
  private readonly i18n = inject(I18nService);

  private readonly currentYear = Number(shanghaiToday().slice(0, 4));
  protected readonly years = rxResource({ stream: () => this.api.years() });
  protected readonly missing = computed(() => (this.years.value() ? yearsWithoutData(this.years.value()!, this.currentYear) : []));
  protected readonly selectedYear = signal<number | null>(null);
  protected readonly year = rxResource({
    params: () => this.selectedYear() ?? undefined,
    stream: ({ params }) => this.api.year(params),
  });
  protected readonly rows = signal<DayRow[]>([]);
  protected readonly problems = computed(() => dayProblems(this.rows(), this.selectedYear() ?? 0));
  protected source = '';
  protected newYear = this.currentYear + 1;
  protected readonly saving = signal(false);

  protected previewFrom: Date = fromIsoDate(shanghaiToday())!;
  protected previewDays = 5;
  protected readonly previewing = signal(false);
  protected readonly previewResult = signal<DeadlinePreviewDto | null>(null);

  constructor() {
    // a loaded (or saved) year becomes the editable rows
    effect(() => {
      const y = this.year.value();
      untracked(() => {
        if (y) this.load(y);
      });
    });
  }

  protected select(year: number | null): void {
    if (!year) return;
    if (this.selectedYear() === year) this.year.reload();
    this.selectedYear.set(year);
  }

  private load(y: CalendarYearDto): void {
    if (y.year !== this.selectedYear()) return;
    this.source = y.source ?? '';
    this.rows.set(y.days.map((d) => ({ date: d.date, isOffDay: d.isOffDay, name: d.name, picked: fromIsoDate(d.date) })));
  }

  protected setDate(i: number, picked: Date | null): void {
    this.patch(i, { picked, date: toIsoDate(picked) ?? '' });
  }

  protected patch(i: number, change: Partial<DayRow>): void {
    this.rows.update((rows) => rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  }

  protected addRow(): void {
    this.rows.update((rows) => [...rows, { date: '', isOffDay: true, name: '', picked: null }]);
  }

  protected removeRow(i: number): void {
    this.rows.update((rows) => rows.filter((_, j) => j !== i));
  }

  protected save(): void {
    const year = this.selectedYear();
    if (!year) return;
    if (this.problems().size) {
      this.message.warning(this.i18n.t('calendar.invalid'));
      return;
    }
    if (!this.source.trim()) {
      this.message.warning(this.i18n.t('calendar.sourceRequired'));
      return;
    }
    this.modal.confirm({
      nzTitle: this.i18n.t('calendar.saveTitle', { year }),
      nzContent: this.i18n.t('calendar.saveConfirm', { year, count: this.rows().length }),
      nzOkText: this.i18n.t('common.save'),
      nzCancelText: this.i18n.t('common.cancel'),
      nzOnOk: () => this.doSave(year),
    });
  }

  private async doSave(year: number): Promise<void> {
    this.saving.set(true);
    try {
      const saved = await firstValueFrom(this.api.save(year, { source: this.source.trim(), days: toDayInputs(this.rows()) }));
      this.year.set(saved);
      this.years.reload();
      this.message.success(this.i18n.t('calendar.saved', { year }));
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.saving.set(false);
    }
  }

  protected remove(): void {
    const year = this.selectedYear();
    if (!year) return;
    this.modal.confirm({
      nzTitle: this.i18n.t('calendar.deleteYear'),
      nzContent: this.i18n.t('calendar.deleteConfirm', { year }),
      nzOkText: this.i18n.t('common.delete'),
      nzOkDanger: true,
      nzCancelText: this.i18n.t('common.cancel'),
      nzOnOk: async () => {
        try {
          await firstValueFrom(this.api.remove(year));
          this.message.success(this.i18n.t('calendar.deleted', { year }));
          this.years.reload();
          this.year.reload();
        } catch (error) {
          this.errors.show(error);
        }
      },
    });
  }

  protected async preview(): Promise<void> {
    const from = toIsoDate(this.previewFrom);
    if (!from || !this.previewDays) return;
    this.previewing.set(true);
    try {
      this.previewResult.set(await firstValueFrom(this.api.deadline(from, this.previewDays)));
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.previewing.set(false);
    }
  }
}
