import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { I18nService } from '../../core/i18n/i18n.service';
import { EntitlementValueLike, formatEntitlementValue } from './entitlement-format';

/** One entitlement value: a tick/cross for switches, amount with unit and period otherwise. */
@Component({
  selector: 'app-entitlement-value',
  imports: [NzIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let v = value();
    @if (v.kind === 'Switch') {
      <span [class]="v.enabled ? 'on' : 'off'" [attr.aria-label]="text()" [title]="text()">
        <nz-icon
          [nzType]="v.enabled ? 'check-circle' : 'minus-circle'"
          [nzTheme]="v.enabled ? 'twotone' : 'outline'"
          [nzTwotoneColor]="'#52c41a'"
        />
      </span>
    } @else {
      <span>{{ text() }}</span>
    }
    @if (note()) {
      <div class="note">{{ note() }}</div>
    }
  `,
  styles: `
    .off {
      color: rgba(0, 0, 0, 0.25);
    }
    .note {
      color: rgba(0, 0, 0, 0.45);
      font-size: 12px;
    }
  `,
})
export class EntitlementValue {
  private readonly i18n = inject(I18nService);
  readonly value = input.required<EntitlementValueLike>();
  readonly note = input<string | null | undefined>(null);
  protected readonly text = computed(() => (this.i18n.lang(), formatEntitlementValue(this.value(), this.i18n)));
}
