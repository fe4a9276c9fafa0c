import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule, NzModalService } from 'ng-zorro-antd/modal';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom, forkJoin, map } from 'rxjs';
import { HostBillingApi } from '../../host-billing.api';
import type { ImportStatementResult, StatementLineDto } from '../../../../api/models';
import { ErrorNotifier } from '../../../../core/errors/error-notifier.service';
import { formatCny } from '../../../../core/format/money';
import { I18nService } from '../../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { csvDataRows, hasStatementHeader, statementLineColor } from '../../billing-display';
import { LoadError } from '../../../../shared/load-error/load-error';
import { CnyPipe } from '../../../../shared/money/money.pipe';

/** Bank statement import (POST /api/host/bank-statements) and the lines that matched no order, resolved by hand. */
@Component({
  selector: 'app-bank-statements',
  imports: [
    NgTemplateOutlet,
    FormsModule,
    NzPageHeaderModule,
    NzCardModule,
    NzFormModule,
    NzInputModule,
    NzButtonModule,
    NzIconModule,
    NzAlertModule,
    NzDescriptionsModule,
    NzTableModule,
    NzTagModule,
    NzEmptyModule,
    NzModalModule,
    NzSelectModule,
    TranslatePipe,
    LoadError,
    CnyPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-page-header [nzTitle]="'nav.bankStatements' | t" [nzSubtitle]="'statements.subtitle' | t" />
    <nz-card [nzTitle]="'statements.importTitle' | t" data-testid="statement-import">
      <div class="file-row">
        <label nz-button class="file-button">
          <nz-icon nzType="upload" /> {{ 'statements.pickFile' | t }}
          <input type="file" accept=".csv,text/csv" (change)="pickFile($event)" data-testid="statement-file" hidden />
        </label>
        @if (fileName()) {
          <span class="mono" data-testid="statement-file-name">{{ fileName() }}</span>
        }
      </div>
      <textarea
        nz-input
        rows="8"
        class="mono csv"
        [ngModel]="csv()"
        (ngModelChange)="csv.set($event)"
        [placeholder]="placeholder"
        data-testid="statement-csv"
      ></textarea>
      <p class="hint">{{ 'statements.csvHint' | t }}</p>
      @if (csv().trim() && !headerOk()) {
        <nz-alert nzType="warning" nzShowIcon [nzMessage]="'statements.badHeader' | t" class="block" data-testid="statement-bad-header" />
      }
      <div class="actions">
        <button
          nz-button
          nzType="primary"
          (click)="import()"
          [disabled]="!rows() || !headerOk()"
          [nzLoading]="importing()"
          data-testid="statement-import-submit"
        >
          {{ 'statements.import' | t }} ({{ rows() }})
        </button>
        <button nz-button (click)="clear()">{{ 'statements.clear' | t }}</button>
      </div>

      @if (result(); as r) {
        <nz-descriptions nzBordered nzSize="small" [nzColumn]="4" class="result" data-testid="statement-result">
          <nz-descriptions-item [nzTitle]="'statements.lines' | t"
            ><span data-testid="result-lines">{{ r.lines }}</span></nz-descriptions-item
          >
          <nz-descriptions-item [nzTitle]="'lineStatus.Matched' | t"
            ><span data-testid="result-matched">{{ r.matched }}</span></nz-descriptions-item
          >
          <nz-descriptions-item [nzTitle]="'lineStatus.Unmatched' | t"
            ><span data-testid="result-unmatched">{{ r.unmatched }}</span></nz-descriptions-item
          >
          <nz-descriptions-item [nzTitle]="'statements.alreadyImported' | t"
            ><span data-testid="result-already">{{ r.alreadyImported }}</span></nz-descriptions-item
          >
        </nz-descriptions>
        <ng-container *ngTemplateOutlet="linesTable; context: { $implicit: r.details, testId: 'statement-details', resolvable: false }" />
      }
    </nz-card>

    <nz-card [nzTitle]="'statements.unmatchedTitle' | t" class="unmatched" [nzExtra]="reloadUnmatched" data-testid="statement-unmatched">
      @if (unmatched.error()) {
        <app-load-error [error]="unmatched.error()" (retry)="unmatched.reload()" />
      } @else {
        <ng-container
          *ngTemplateOutlet="linesTable; context: { $implicit: unmatched.value() ?? [], testId: 'unmatched-table', resolvable: true }"
        />
      }
      <ng-template #reloadUnmatched>
        <button nz-button nzSize="small" (click)="unmatched.reload()" [nzLoading]="unmatched.isLoading()">
          <nz-icon nzType="reload" />
        </button>
      </ng-template>
    </nz-card>

    <ng-template #linesTable let-lines let-testId="testId" let-resolvable="resolvable">
      <nz-table
        [nzData]="lines"
        nzSize="small"
        [nzPageSize]="20"
        [nzHideOnSinglePage]="true"
        [nzNoResult]="noLines"
        [nzScroll]="{ x: '1000px' }"
        [nzLoading]="resolvable && unmatched.isLoading()"
        [attr.data-testid]="testId"
      >
        <thead>
          <tr>
            <th>{{ 'statements.line' | t }}</th>
            <th>{{ 'statements.date' | t }}</th>
            <th nzAlign="right">{{ 'price.amount' | t }}</th>
            <th>{{ 'statements.memo' | t }}</th>
            <th>{{ 'statements.payer' | t }}</th>
            <th>{{ 'statements.transactionId' | t }}</th>
            <th>{{ 'common.status' | t }}</th>
            <th>{{ 'invoices.order' | t }}</th>
            <th>{{ 'statements.note' | t }}</th>
            @if (resolvable) {
              <th nzRight nzAlign="right">{{ 'common.actions' | t }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (l of lines; track l.id) {
            <tr data-testid="statement-line" [attr.data-status]="l.status">
              <td class="mono">{{ l.fileName }}:{{ l.lineNumber }}</td>
              <td>{{ l.date }}</td>
              <td nzAlign="right">{{ l.amount | cny }}</td>
              <td>{{ l.memo }}</td>
              <td>{{ l.payer }}</td>
              <td class="mono">{{ l.transactionId }}</td>
              <td>
                <nz-tag [nzColor]="lineColor(l.status)">{{ 'lineStatus.' + l.status | t }}</nz-tag>
              </td>
              <td class="mono">{{ l.orderNumber }}</td>
              <td>{{ l.note }}</td>
              @if (resolvable) {
                <td nzRight nzAlign="right">
                  @if (l.status === 'Unmatched') {
                    <button nz-button nzType="link" nzSize="small" (click)="openResolve(l)" data-testid="line-resolve">
                      {{ 'statements.resolve' | t }}
                    </button>
                  }
                </td>
              }
            </tr>
          }
        </tbody>
      </nz-table>
    </ng-template>
    <ng-template #noLines><nz-empty nzNotFoundImage="simple" [nzNotFoundContent]="'statements.noLines' | t" /></ng-template>

    @if (resolving(); as line) {
      <nz-modal
        [nzVisible]="true"
        [nzTitle]="'statements.resolveTitle' | t"
        [nzOkText]="'statements.resolve' | t"
        [nzCancelText]="'common.cancel' | t"
        [nzOkLoading]="saving()"
        [nzOkDisabled]="!orderId()"
        (nzOnOk)="resolve(line)"
        (nzOnCancel)="resolving.set(null)"
      >
        <ng-container *nzModalContent>
          <p>
            {{ line.date }} · <strong>{{ line.amount | cny }}</strong> · {{ line.memo }} · {{ line.payer }}
          </p>
          <nz-form-item>
            <nz-form-label nzRequired>{{ 'statements.chooseOrder' | t }}</nz-form-label>
            <nz-form-control>
              <nz-select
                class="full"
                nzShowSearch
                [nzLoading]="openOrders.isLoading()"
                [ngModel]="orderId()"
                (ngModelChange)="orderId.set($event)"
                [nzPlaceHolder]="'statements.chooseOrder' | t"
                data-testid="resolve-order"
              >
                @for (o of openOrders.value() ?? []; track o.id) {
                  <nz-option [nzValue]="o.id" [nzLabel]="o.number + ' · ' + o.tenantName + ' · ' + money(o.total)" />
                }
              </nz-select>
            </nz-form-control>
          </nz-form-item>
          @if (openOrders.error()) {
            <app-load-error [error]="openOrders.error()" (retry)="openOrders.reload()" />
          }
        </ng-container>
      </nz-modal>
    }
  `,
  styles: `
    .file-row {
      display: flex;
      gap: 12px;
      align-items: center;
      margin-bottom: 12px;
    }
    .csv {
      font-size: 12px;
    }
    .hint {
      color: rgba(0, 0, 0, 0.45);
      margin: 8px 0;
    }
    .actions {
      display: flex;
      gap: 8px;
      margin-bottom: 16px;
    }
    .result {
      margin-bottom: 16px;
    }
    .unmatched {
      margin-top: 24px;
    }
    .block {
      margin-bottom: 12px;
    }
    .full {
      width: 100%;
    }
  `,
})
export class BankStatements {
  private readonly hostApi = inject(HostBillingApi);
  private readonly errors = inject(ErrorNotifier);
  private readonly message = inject(NzMessageService);
  private readonly modal = inject(NzModalService);
  private readonly i18n = inject(I18nService);

  protected readonly placeholder = 'date,amount,memo,payer,transaction_id\n2026-11-02,8820.00,DP-20261102-0001,某某科技有限公司,TX0001';
  protected readonly csv = signal('');
  protected readonly fileName = signal<string | null>(null);
  protected readonly rows = computed(() => csvDataRows(this.csv()));
  protected readonly headerOk = computed(() => hasStatementHeader(this.csv()));
  protected readonly importing = signal(false);
  protected readonly result = signal<ImportStatementResult | null>(null);
  protected readonly unmatched = rxResource({ stream: () => this.hostApi.statementLines('Unmatched') });

  protected readonly resolving = signal<StatementLineDto | null>(null);
  protected readonly orderId = signal<string | null>(null);
  protected readonly saving = signal(false);
  /** Orders still waiting for money: pending and overdue; loaded when a resolve dialog opens. */
  protected readonly openOrders = rxResource({
    params: () => (this.resolving() ? true : undefined),
    stream: () => forkJoin([this.hostApi.orders('PendingPayment'), this.hostApi.orders('Overdue')]).pipe(map(([a, b]) => [...b, ...a])),
  });
  protected readonly lineColor = statementLineColor;
  protected readonly money = formatCny;

  protected async pickFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    this.csv.set((await file.text()).replace(/^\uFEFF/, ''));
    this.fileName.set(file.name);
    input.value = '';
  }

  protected clear(): void {
    this.csv.set('');
    this.fileName.set(null);
    this.result.set(null);
  }

  protected import(): void {
    const rows = this.rows();
    this.modal.confirm({
      nzTitle: this.i18n.t('statements.import'),
      nzContent: this.i18n.t('statements.importConfirm', { count: rows }),
      nzOkText: this.i18n.t('common.confirm'),
      nzCancelText: this.i18n.t('common.cancel'),
      nzOnOk: () => this.doImport(),
    });
  }

  private async doImport(): Promise<void> {
    this.importing.set(true);
    try {
      const fileName = this.fileName() ?? `pasted-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '')}.csv`;
      const r = await firstValueFrom(this.hostApi.importStatement({ fileName, csv: this.csv() }));
      this.result.set(r);
      this.message.success(this.i18n.t('statements.imported', { matched: r.matched, lines: r.lines }));
      this.unmatched.reload();
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.importing.set(false);
    }
  }

  protected openResolve(line: StatementLineDto): void {
    this.orderId.set(null);
    this.resolving.set(line);
  }

  protected async resolve(line: StatementLineDto): Promise<void> {
    const orderId = this.orderId();
    if (!orderId) return;
    this.saving.set(true);
    try {
      const updated = await firstValueFrom(this.hostApi.resolveLine(line.id, orderId));
      this.unmatched.update((list) => (list ?? []).filter((l) => l.id !== updated.id));
      this.message.success(this.i18n.t('statements.resolved', { number: updated.orderNumber ?? '' }));
      this.resolving.set(null);
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.saving.set(false);
    }
  }
}
