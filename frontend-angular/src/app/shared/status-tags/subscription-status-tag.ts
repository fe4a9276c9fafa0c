import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { NzTagModule } from 'ng-zorro-antd/tag';
import type { SubscriptionStatus } from '../../api/models';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { subscriptionStatusColor } from './status-colors';

@Component({
  selector: 'app-subscription-status-tag',
  imports: [NzTagModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<nz-tag [nzColor]="color()" data-testid="subscription-status" [attr.data-status]="status()">{{
    'subscriptionStatus.' + status() | t
  }}</nz-tag>`,
})
export class SubscriptionStatusTag {
  readonly status = input.required<SubscriptionStatus>();
  protected readonly color = computed(() => subscriptionStatusColor(this.status()));
}
