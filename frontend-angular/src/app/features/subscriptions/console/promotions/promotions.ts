import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzPopconfirmModule } from 'ng-zorro-antd/popconfirm';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { HostSubscriptionsApi } from '../../host-subscriptions.api';
import type { PromotionDto } from '../../../../api/models';
import { ErrorNotifier } from '../../../../core/errors/error-notifier.service';
import { I18nService } from '../../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { LoadError } from '../../../../shared/load-error/load-error';
import { PromotionDialog } from './promotion-dialog';

/** Promotions editor (GET/POST/PUT/DELETE /api/host/promotions). */
@Component({
  selector: 'app-promotions',
  imports: [
    FormsModule,
    NzCardModule,
    NzInputNumberModule,
    NzPageHeaderModule,
    NzTableModule,
    NzTagModule,
    NzButtonModule,
    NzIconModule,
    NzPopconfirmModule,
    NzEmptyModule,
    TranslatePipe,
    LoadError,
    PromotionDialog,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .settings {
      margin-top: 16px;
    }
    .ml8 {
      margin-left: 8px;
    }
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
  `,
  template: `
    <nz-page-header [nzTitle]="'nav.promotions' | t" [nzSubtitle]="'promotions.subtitle' | t">
      <nz-page-header-extra>
        <button nz-button nzType="primary" (click)="open(null)" data-testid="promotion-create">
          <nz-icon nzType="plus" /> {{ 'promotions.create' | t }}
        </button>
      </nz-page-header-extra>
    </nz-page-header>
    @if (promotions.error()) {
      <app-load-error [error]="promotions.error()" (retry)="promotions.reload()" />
    } @else {
      <nz-table
        #table
        [nzData]="promotions.value() ?? []"
        [nzLoading]="promotions.isLoading()"
        nzSize="middle"
        [nzPageSize]="20"
        [nzHideOnSinglePage]="true"
        [nzNoResult]="empty"
        [nzScroll]="{ x: '900px' }"
        data-testid="promotions-table"
      >
        <thead>
          <tr>
            <th>{{ 'promotions.name' | t }}</th>
            <th>{{ 'promotions.window' | t }}</th>
            <th>{{ 'promotions.benefit' | t }}</th>
            <th>{{ 'promotions.voucherCode' | t }}</th>
            <th>{{ 'promotions.combinable' | t }}</th>
            <th>{{ 'common.status' | t }}</th>
            <th nzRight nzAlign="right" nzWidth="150px">{{ 'common.actions' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (p of table.data; track p.id) {
            <tr [attr.data-testid]="'promotion-row-' + p.name">
              <td>{{ p.name }}</td>
              <td>
                {{ p.windowStart }} ~ {{ p.windowEnd }}
                @if (p.repeatsYearly) {
                  <nz-tag class="ml8">{{ 'promotions.repeatsYearly' | t }}</nz-tag>
                }
              </td>
              <td>
                @if (p.bonusMonths) {
                  <nz-tag nzColor="green">{{ 'promotions.bonus' | t: { n: p.bonusMonths } }}</nz-tag>
                }
                @if (p.percentOff) {
                  <nz-tag nzColor="orange">{{ 'promotions.off' | t: { n: p.percentOff } }}</nz-tag>
                }
              </td>
              <td>
                @if (p.voucherCode) {
                  <code>{{ p.voucherCode }}</code>
                } @else {
                  <span class="muted">—</span>
                }
              </td>
              <td>{{ (p.combinable ? 'common.yes' : 'common.no') | t }}</td>
              <td>
                <nz-tag [nzColor]="p.active ? 'success' : 'default'" data-testid="promotion-active-tag">{{
                  (p.active ? 'promotions.active' : 'common.no') | t
                }}</nz-tag>
              </td>
              <td nzRight nzAlign="right">
                <button nz-button nzType="link" nzSize="small" (click)="open(p)" data-testid="promotion-edit">
                  {{ 'common.edit' | t }}
                </button>
                <button
                  nz-button
                  nzType="link"
                  nzDanger
                  nzSize="small"
                  [nzLoading]="deleting() === p.id"
                  nz-popconfirm
                  [nzPopconfirmTitle]="'promotions.deleteConfirm' | t: { name: p.name }"
                  nzOkDanger
                  [nzOkText]="'common.delete' | t"
                  [nzCancelText]="'common.cancel' | t"
                  (nzOnConfirm)="remove(p)"
                  data-testid="promotion-delete"
                >
                  {{ 'common.delete' | t }}
                </button>
              </td>
            </tr>
          }
        </tbody>
      </nz-table>
      <ng-template #empty><nz-empty [nzNotFoundContent]="'promotions.empty' | t" /></ng-template>
    }
    <nz-card class="settings" [nzTitle]="'orderSettings.title' | t" data-testid="order-settings">
      @if (settings.value(); as current) {
        <p class="muted">{{ 'orderSettings.help' | t }}</p>
        <label
          >{{ 'orderSettings.lapseAfter' | t }}
          <nz-input-number
            class="ml8"
            [nzMin]="1"
            [nzMax]="365"
            [nzStep]="1"
            [ngModel]="lapseDays() ?? current.lapseAfterOverdueDays"
            (ngModelChange)="lapseDays.set($event)"
            data-testid="order-settings-lapse"
          />
        </label>
        <button
          nz-button
          nzType="primary"
          class="ml8"
          [nzLoading]="savingSettings()"
          (click)="saveSettings(current)"
          data-testid="order-settings-save"
        >
          {{ 'common.save' | t }}
        </button>
      } @else if (settings.error()) {
        <app-load-error [error]="settings.error()" (retry)="settings.reload()" />
      }
    </nz-card>
    @if (editing(); as e) {
      <app-promotion-dialog [promotion]="e.promotion" (saved)="onSaved($event)" (cancelled)="editing.set(null)" />
    }
  `,
})
export class Promotions {
  private readonly hostApi = inject(HostSubscriptionsApi);
  private readonly errors = inject(ErrorNotifier);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);

  protected readonly promotions = rxResource({ stream: () => this.hostApi.promotions() });
  /** The dialog: `{ promotion: null }` creates, `{ promotion }` edits. */
  protected readonly editing = signal<{ promotion: PromotionDto | null } | null>(null);
  protected readonly deleting = signal<string | null>(null);
  protected readonly settings = rxResource({ stream: () => this.hostApi.settings() });
  protected readonly lapseDays = signal<number | null>(null);
  protected readonly savingSettings = signal(false);

  protected async saveSettings(current: { lapseAfterOverdueDays: number }): Promise<void> {
    this.savingSettings.set(true);
    try {
      const saved = await firstValueFrom(
        this.hostApi.updateSettings({ lapseAfterOverdueDays: this.lapseDays() ?? current.lapseAfterOverdueDays }),
      );
      this.settings.set(saved);
      this.lapseDays.set(null);
      this.message.success(this.i18n.t('orderSettings.saved'));
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.savingSettings.set(false);
    }
  }

  protected open(promotion: PromotionDto | null): void {
    this.editing.set({ promotion });
  }

  protected onSaved(saved: PromotionDto): void {
    this.editing.set(null);
    this.promotions.update((list) => {
      const items = list ?? [];
      return items.some((p) => p.id === saved.id) ? items.map((p) => (p.id === saved.id ? saved : p)) : [...items, saved];
    });
    this.message.success(this.i18n.t('promotions.saved', { name: saved.name }));
  }

  protected async remove(promotion: PromotionDto): Promise<void> {
    this.deleting.set(promotion.id);
    try {
      await firstValueFrom(this.hostApi.deletePromotion(promotion.id));
      this.promotions.update((list) => (list ?? []).filter((p) => p.id !== promotion.id));
      this.message.success(this.i18n.t('promotions.deleted', { name: promotion.name }));
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.deleting.set(null);
    }
  }
}
