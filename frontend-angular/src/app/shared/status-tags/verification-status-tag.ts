import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { NzTagModule } from 'ng-zorro-antd/tag';
import type { VerificationStatus } from '../../api/models';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

const COLORS: Record<VerificationStatus, string> = {
  Unverified: 'default',
  Pending: 'processing',
  Verified: 'success',
  Rejected: 'error',
  Revoked: 'warning',
};

@Component({
  selector: 'app-verification-status-tag',
  imports: [NzTagModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<nz-tag [nzColor]="color()" data-testid="verification-status" [attr.data-status]="status()">{{
    'verificationStatus.' + status() | t
  }}</nz-tag>`,
})
export class VerificationStatusTag {
  readonly status = input.required<VerificationStatus>();
  protected readonly color = computed(() => COLORS[this.status()] ?? 'default');
}
