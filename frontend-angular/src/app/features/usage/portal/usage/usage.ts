import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzProgressModule } from 'ng-zorro-antd/progress';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { UsageApi } from '../../usage.api';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { EntitlementLabelPipe } from '../../../../shared/entitlements/entitlement-label.pipe';
import { LoadError } from '../../../../shared/load-error/load-error';
import { usageBar } from '../../usage-display';

const COUNT = new Intl.NumberFormat('en-US');

/** One bar per quota (GET /api/tenant/usage): warning above 80 %, danger when used up. */
@Component({
  selector: 'app-usage',
  imports: [
    NzPageHeaderModule,
    NzCardModule,
    NzProgressModule,
    NzGridModule,
    NzSpinModule,
    NzEmptyModule,
    NzButtonModule,
    NzIconModule,
    TranslatePipe,
    EntitlementLabelPipe,
    LoadError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-page-header [nzTitle]="'nav.usage' | t" [nzSubtitle]="'usage.subtitle' | t">
      <nz-page-header-extra>
        <button nz-button (click)="usage.reload()" [nzLoading]="usage.isLoading()">
          <nz-icon nzType="reload" /> {{ 'common.refresh' | t }}
        </button>
      </nz-page-header-extra>
    </nz-page-header>
    @if (usage.error()) {
      <app-load-error [error]="usage.error()" (retry)="usage.reload()" />
    } @else {
      <nz-spin [nzSpinning]="usage.isLoading()">
        @if (bars().length) {
          <div nz-row [nzGutter]="[16, 16]" data-testid="usage-bars">
            @for (bar of bars(); track bar.key) {
              <div nz-col [nzXs]="24" [nzMd]="12" [nzXl]="8">
                <nz-card
                  nzSize="small"
                  [nzTitle]="bar.key | entitlementLabel"
                  [nzExtra]="periodTag"
                  [attr.data-testid]="'usage-' + bar.key"
                  [attr.data-level]="bar.level"
                  [attr.title]="bar.periodStart + ' – ' + bar.periodEnd"
                >
                  <ng-template #periodTag
                    ><span class="muted">{{ 'period.' + bar.period | t }}</span></ng-template
                  >
                  <nz-progress
                    [nzPercent]="bar.percent"
                    [nzStrokeColor]="bar.color"
                    [nzStatus]="bar.level === 'danger' ? 'exception' : 'normal'"
                    data-testid="usage-bar"
                  />
                  <div class="line">
                    @if (bar.limit > 0) {
                      <span data-testid="usage-used">{{
                        'usage.usedOfLimit' | t: { used: count(bar.used), limit: count(bar.limit) }
                      }}</span>
                    } @else {
                      <span class="muted">{{ 'usage.notIncluded' | t }}</span>
                    }
                    <span class="muted">{{ 'usage.resetsOn' | t: { date: bar.periodEnd } }}</span>
                  </div>
                </nz-card>
              </div>
            }
          </div>
        } @else if (!usage.isLoading()) {
          <nz-empty [nzNotFoundContent]="'usage.empty' | t" />
        } @else {
          <div class="spin-placeholder"></div>
        }
      </nz-spin>
    }
  `,
  styles: `
    .line {
      display: flex;
      justify-content: space-between;
      gap: 8px;
      flex-wrap: wrap;
    }
  `,
})
export class Usage {
  private readonly usageApi = inject(UsageApi);
  protected readonly usage = rxResource({ stream: () => this.usageApi.usage() });
  protected readonly bars = computed(() => (this.usage.value() ?? []).map(usageBar));
  protected count(value: number): string {
    return COUNT.format(value);
  }
}
