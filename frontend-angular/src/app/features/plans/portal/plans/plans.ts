import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { PlansApi } from '../../plans.api';
import { formatAnnualPrice } from '../../../../core/format/money';
import { I18nService } from '../../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { EntitlementLabelPipe } from '../../../../shared/entitlements/entitlement-label.pipe';
import { EntitlementValue } from '../../../../shared/entitlements/entitlement-value';
import { LoadError } from '../../../../shared/load-error/load-error';

/** Side-by-side comparison of the plans (GET /api/catalog/comparison). */
@Component({
  selector: 'app-plans',
  imports: [
    NzPageHeaderModule,
    NzTableModule,
    NzTagModule,
    NzEmptyModule,
    TranslatePipe,
    EntitlementLabelPipe,
    EntitlementValue,
    LoadError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plans.html',
  styleUrl: './plans.scss',
})
export class Plans {
  private readonly plansApi = inject(PlansApi);
  private readonly i18n = inject(I18nService);
  protected readonly comparison = rxResource({ stream: () => this.plansApi.comparison() });
  protected readonly plans = computed(() => this.comparison.value()?.plans ?? []);
  protected readonly rows = computed(() => this.comparison.value()?.rows ?? []);

  protected price(amount: number | string): string {
    return formatAnnualPrice(amount, this.i18n.lang());
  }
}
