import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzDescriptionsModule } from 'ng-zorro-antd/descriptions';
import { NzDividerModule } from 'ng-zorro-antd/divider';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import type { OrderDto } from '../../../api/models';
import { shanghaiToday } from '../../../core/format/dates';
import { formatAmount } from '../../../core/format/money';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { OrderStatusTag } from '../../../shared/status-tags/order-status-tag';
import { CopyValue } from './copy-value';
import { CnyPipe } from '../../../shared/money/money.pipe';
import { PriceSummary } from './price-summary';
import { isAwaitingPayment, isOverdue } from '../subscription-display';

/** An order as both sides see it: summary, items, the provider's bank account and the payments received. */
@Component({
  selector: 'app-order-details',
  imports: [
    DatePipe,
    NzDescriptionsModule,
    NzDividerModule,
    NzTableModule,
    NzTagModule,
    NzAlertModule,
    NzEmptyModule,
    TranslatePipe,
    OrderStatusTag,
    CopyValue,
    CnyPipe,
    PriceSummary,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let o = order();
    <nz-descriptions nzBordered nzSize="small" [nzColumn]="columns()" data-testid="order-summary">
      <nz-descriptions-item [nzTitle]="'orders.number' | t"
        ><app-copy-value [value]="o.number" testId="order-number"
      /></nz-descriptions-item>
      <nz-descriptions-item [nzTitle]="'common.status' | t"><app-order-status-tag [status]="o.status" /></nz-descriptions-item>
      @if (showTenant()) {
        <nz-descriptions-item [nzTitle]="'orders.tenant' | t">{{ o.tenantName }}</nz-descriptions-item>
      }
      <nz-descriptions-item [nzTitle]="'orders.total' | t"
        ><strong data-testid="order-total">{{ o.total | cny }}</strong></nz-descriptions-item
      >
      <nz-descriptions-item [nzTitle]="'orders.signedAt' | t"
        ><span data-testid="order-signed-at">{{ o.signedAt | date: 'yyyy-MM-dd' : '+0800' }}</span></nz-descriptions-item
      >
      <nz-descriptions-item [nzTitle]="'orders.dueDate' | t">
        <span [class.overdue]="overdue()" data-testid="order-due-date" [attr.data-overdue]="overdue()">{{ o.dueDate }}</span>
        @if (overdue()) {
          <nz-tag nzColor="red" class="ml8">{{ 'orders.overdue' | t }}</nz-tag>
        }
      </nz-descriptions-item>
      @if (o.paidAt) {
        <nz-descriptions-item [nzTitle]="'orders.paidAt' | t">{{ o.paidAt | date: 'yyyy-MM-dd' : '+0800' }}</nz-descriptions-item>
      }
      @if (o.refundReason) {
        <nz-descriptions-item [nzTitle]="'orders.refundReason' | t">{{ o.refundReason }}</nz-descriptions-item>
      }
    </nz-descriptions>

    <nz-divider [nzText]="'orders.items' | t" nzOrientation="left" />
    <app-price-summary [priced]="o" />

    <nz-divider [nzText]="'orders.bankTransfer' | t" nzOrientation="left" />
    @if (awaiting()) {
      <nz-alert nzType="info" nzShowIcon class="block" [nzMessage]="'orders.bankTransferHint' | t" />
    }
    <nz-descriptions nzBordered nzSize="small" [nzColumn]="1" data-testid="order-payee">
      <nz-descriptions-item [nzTitle]="'orders.payeeName' | t"
        ><app-copy-value [value]="o.payee.name" [mono]="false" testId="payee-name"
      /></nz-descriptions-item>
      <nz-descriptions-item [nzTitle]="'orders.bankName' | t"
        ><app-copy-value [value]="o.payee.bankName" [mono]="false" testId="payee-bank"
      /></nz-descriptions-item>
      <nz-descriptions-item [nzTitle]="'orders.accountName' | t"
        ><app-copy-value [value]="o.payee.accountName" [mono]="false" testId="payee-account-name"
      /></nz-descriptions-item>
      <nz-descriptions-item [nzTitle]="'orders.account' | t"
        ><app-copy-value [value]="o.payee.account" testId="payee-account"
      /></nz-descriptions-item>
      <nz-descriptions-item [nzTitle]="'orders.transferReference' | t"
        ><app-copy-value [value]="o.number" testId="transfer-reference"
      /></nz-descriptions-item>
      <nz-descriptions-item [nzTitle]="'orders.amountDue' | t"
        ><app-copy-value [value]="amountText()" testId="amount-due"
      /></nz-descriptions-item>
    </nz-descriptions>

    <nz-divider [nzText]="'orders.payments' | t" nzOrientation="left" />
    <nz-table
      [nzData]="o.payments"
      [nzShowPagination]="false"
      [nzFrontPagination]="false"
      nzSize="small"
      [nzNoResult]="noPayments"
      [nzScroll]="{ x: '560px' }"
      data-testid="order-payments"
    >
      <thead>
        <tr>
          <th>{{ 'orders.paidOn' | t }}</th>
          <th>{{ 'orders.method' | t }}</th>
          <th>{{ 'orders.reference' | t }}</th>
          <th nzAlign="right">{{ 'price.amount' | t }}</th>
          <th>{{ 'orders.recordedAt' | t }}</th>
        </tr>
      </thead>
      <tbody>
        @for (p of o.payments; track p.id) {
          <tr data-testid="order-payment">
            <td>{{ p.paidOn }}</td>
            <td>{{ 'paymentMethod.' + p.method | t }}</td>
            <td>
              <code>{{ p.reference }}</code>
            </td>
            <td nzAlign="right">{{ p.amount | cny }}</td>
            <td>{{ p.recordedAt | date: 'yyyy-MM-dd HH:mm' : '+0800' }}</td>
          </tr>
        }
      </tbody>
    </nz-table>
    <ng-template #noPayments><nz-empty nzNotFoundImage="simple" [nzNotFoundContent]="'orders.noPayments' | t" /></ng-template>
  `,
  styles: `
    .overdue {
      color: #cf1322;
      font-weight: 600;
    }
  `,
})
export class OrderDetails {
  readonly order = input.required<OrderDto>();
  readonly showTenant = input(false);
  /** Two columns on a page, one in a drawer. */
  readonly compact = input(false);
  protected readonly columns = computed(() => (this.compact() ? 1 : { xxl: 2, xl: 2, lg: 2, md: 1, sm: 1, xs: 1 }));
  protected readonly overdue = computed(() => isOverdue(this.order(), shanghaiToday()));
  protected readonly awaiting = computed(() => isAwaitingPayment(this.order()));
  protected readonly amountText = computed(() => formatAmount(this.order().total));
}
