import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { NzTagModule } from 'ng-zorro-antd/tag';
import type { CreditStatus, InvoiceDto, InvoiceStatus } from '../../../api/models';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { creditStatusColor, invoiceKindKeys, invoiceStatusColor } from '../billing-display';

@Component({
  selector: 'app-invoice-status-tag',
  imports: [NzTagModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<nz-tag [nzColor]="color()" data-testid="invoice-status" [attr.data-status]="status()">{{
    'invoiceStatus.' + status() | t
  }}</nz-tag>`,
})
export class InvoiceStatusTag {
  readonly status = input.required<InvoiceStatus>();
  protected readonly color = computed(() => invoiceStatusColor(this.status()));
}

/** 专用 / 普通, with a red 红字 tag for a red-letter invoice. */
@Component({
  selector: 'app-invoice-kind',
  imports: [NzTagModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <span data-testid="invoice-kind" [attr.data-kind]="invoice().kind">{{ keys()[0] | t }}</span>
    @if (invoice().isRedLetter) {
      <nz-tag nzColor="red" class="ml8" data-testid="invoice-red-letter">{{ 'invoices.redLetter' | t }}</nz-tag>
    }
  `,
})
export class InvoiceKind {
  readonly invoice = input.required<Pick<InvoiceDto, 'kind' | 'isRedLetter'>>();
  protected readonly keys = computed(() => invoiceKindKeys(this.invoice()));
}

@Component({
  selector: 'app-credit-status-tag',
  imports: [NzTagModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<nz-tag [nzColor]="color()" data-testid="credit-status" [attr.data-status]="status()">{{
    'creditStatus.' + status() | t
  }}</nz-tag>`,
})
export class CreditStatusTag {
  readonly status = input.required<CreditStatus>();
  protected readonly color = computed(() => creditStatusColor(this.status()));
}
