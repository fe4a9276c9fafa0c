import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { NzTagModule } from 'ng-zorro-antd/tag';
import type { OrderStatus } from '../../api/models';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { orderStatusColor } from './status-colors';

@Component({
  selector: 'app-order-status-tag',
  imports: [NzTagModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<nz-tag [nzColor]="color()" data-testid="order-status" [attr.data-status]="status()">{{
    'orderStatus.' + status() | t
  }}</nz-tag>`,
})
export class OrderStatusTag {
  readonly status = input.required<OrderStatus>();
  protected readonly color = computed(() => orderStatusColor(this.status()));
}
