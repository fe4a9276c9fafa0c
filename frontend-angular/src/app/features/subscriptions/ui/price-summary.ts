import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import type { QuoteDto } from '../../../api/models';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { CnyPipe } from '../../../shared/money/money.pipe';
import { priceSummary } from '../subscription-display';

type Priced = Pick<QuoteDto, 'lines' | 'listTotal' | 'discounts' | 'total' | 'bonusMonths'>;

/** Lines, list total, each discount, total and bonus time of a quote or an order. */
@Component({
  selector: 'app-price-summary',
  imports: [NzTableModule, NzTagModule, TranslatePipe, CnyPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-table
      [nzData]="summary().lines"
      [nzShowPagination]="false"
      [nzFrontPagination]="false"
      nzSize="small"
      nzBordered
      [nzScroll]="{ x: '560px' }"
      data-testid="price-lines"
    >
      <thead>
        <tr>
          <th>{{ 'price.item' | t }}</th>
          <th nzWidth="90px">{{ 'price.kind' | t }}</th>
          <th nzAlign="right" nzWidth="130px">{{ 'price.unitPrice' | t }}</th>
          <th nzAlign="right" nzWidth="70px">{{ 'price.quantity' | t }}</th>
          <th nzAlign="right" nzWidth="140px">{{ 'price.amount' | t }}</th>
        </tr>
      </thead>
      <tbody>
        @for (line of summary().lines; track line.code) {
          <tr [attr.data-testid]="'price-line-' + line.code">
            <td>{{ line.name }}</td>
            <td>{{ 'lineKind.' + line.kind | t }}</td>
            <td nzAlign="right">{{ line.unitPrice | cny }}</td>
            <td nzAlign="right">{{ line.quantity }}</td>
            <td nzAlign="right">{{ line.amount | cny }}</td>
          </tr>
        }
        <tr class="sum">
          <td colspan="4">{{ 'price.listTotal' | t }}</td>
          <td nzAlign="right" data-testid="price-list-total">{{ summary().listTotal | cny }}</td>
        </tr>
        @for (d of summary().discounts; track $index) {
          <tr class="discount" [attr.data-testid]="'price-discount-' + d.code">
            <td colspan="4">
              <div>{{ d.labelKey ? (d.labelKey | t) : d.description }}</div>
              @if (d.labelKey) {
                <div class="muted">{{ d.description }}</div>
              }
            </td>
            <td nzAlign="right">
              @if (d.bonus) {
                <nz-tag nzColor="green">{{ 'price.bonusMonths' | t }}</nz-tag>
              } @else {
                <span class="minus">{{ d.amount | cny: true }}</span>
              }
            </td>
          </tr>
        }
        <tr class="total">
          <td colspan="4">
            {{ 'price.total' | t }}
            @if (summary().bonusMonths > 0) {
              <nz-tag nzColor="green" class="ml8" data-testid="price-bonus-months">
                {{ 'price.bonusMonths' | t }} +{{ 'price.months' | t: { n: summary().bonusMonths } }}
              </nz-tag>
            }
          </td>
          <td nzAlign="right" data-testid="price-total">{{ summary().total | cny }}</td>
        </tr>
      </tbody>
    </nz-table>
  `,
  styles: `
    .sum td {
      background: #fafafa;
    }
    .minus {
      color: #cf1322;
    }
    .total td {
      font-weight: 600;
      font-size: 16px;
      background: #fafafa;
    }
  `,
})
export class PriceSummary {
  readonly priced = input.required<Priced>();
  protected readonly summary = computed(() => priceSummary(this.priced()));
}
