import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzGridModule } from 'ng-zorro-antd/grid';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalService } from 'ng-zorro-antd/modal';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import type { CreateQuoteRequest, QuoteDto } from '../../../../api/models';
import { SubscriptionsApi } from '../../subscriptions.api';
import { AuthService } from '../../../../core/auth/auth.service';
import { Permissions } from '../../../../core/auth/permissions';
import { ErrorNotifier } from '../../../../core/errors/error-notifier.service';
import { toApiError } from '../../../../core/errors/problem-details';
import { formatCny } from '../../../../core/format/money';
import { I18nService } from '../../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { LoadError } from '../../../../shared/load-error/load-error';
import { CnyPipe } from '../../../../shared/money/money.pipe';
import { PriceSummary } from '../../ui/price-summary';

const PROFESSIONAL = 'professional';

/** Professional + add-on packs → quote (POST /api/tenant/quotes) → accept (signs the agreement, creates the order). */
@Component({
  selector: 'app-subscribe',
  imports: [
    DatePipe,
    FormsModule,
    RouterLink,
    NzPageHeaderModule,
    NzCardModule,
    NzCheckboxModule,
    NzInputModule,
    NzInputNumberModule,
    NzFormModule,
    NzGridModule,
    NzButtonModule,
    NzIconModule,
    NzTableModule,
    NzTagModule,
    NzAlertModule,
    NzSpinModule,
    NzEmptyModule,
    TranslatePipe,
    LoadError,
    CnyPipe,
    PriceSummary,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './subscribe.html',
  styleUrl: './subscribe.scss',
})
export class Subscribe {
  private readonly subscriptions = inject(SubscriptionsApi);
  private readonly auth = inject(AuthService);
  private readonly errors = inject(ErrorNotifier);
  private readonly message = inject(NzMessageService);
  private readonly modal = inject(NzModalService);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);

  protected readonly canVerify = this.auth.hasPermission(Permissions.verificationSubmit);
  protected readonly plans = rxResource({ stream: () => this.subscriptions.catalogPlans() });
  protected readonly addOns = rxResource({ stream: () => this.subscriptions.addOns() });
  private readonly profile = rxResource({ stream: () => this.subscriptions.tenantProfile() });
  protected readonly professional = computed(() => this.plans.value()?.find((p) => p.code === PROFESSIONAL) ?? null);

  protected readonly includePlan = signal(true);
  protected readonly quantities = signal<Record<string, number>>({});
  protected readonly voucherCode = signal('');
  protected readonly voucherError = signal<string | null>(null);
  /** Set when the server refused Professional because the tenant is not verified (or the profile says so). */
  private readonly refusedNotVerified = signal(false);
  protected readonly notVerified = computed(
    () => this.refusedNotVerified() || (!!this.profile.value() && this.profile.value()?.verificationStatus !== 'Verified'),
  );

  protected readonly quote = signal<QuoteDto | null>(null);
  protected readonly quoting = signal(false);
  protected readonly accepting = signal(false);

  protected readonly hasSelection = computed(() => this.includePlan() || Object.values(this.quantities()).some((q) => q > 0));

  protected setPlan(value: boolean): void {
    this.includePlan.set(value);
    this.quote.set(null);
  }

  protected setQuantity(code: string, value: number | null): void {
    this.quantities.update((q) => ({ ...q, [code]: Math.max(0, Math.floor(value ?? 0)) }));
    this.quote.set(null);
  }

  protected setVoucher(value: string): void {
    this.voucherCode.set(value);
    this.voucherError.set(null);
    this.quote.set(null);
  }

  protected async getQuote(): Promise<void> {
    if (!this.hasSelection()) {
      this.message.warning(this.i18n.t('subscribe.nothingSelected'));
      return;
    }
    const request: CreateQuoteRequest = {
      planCode: this.includePlan() ? PROFESSIONAL : null,
      addOns: Object.entries(this.quantities())
        .filter(([, quantity]) => quantity > 0)
        .map(([code, quantity]) => ({ code, quantity })),
      voucherCode: this.voucherCode().trim() || null,
    };
    this.quoting.set(true);
    this.voucherError.set(null);
    try {
      this.quote.set(await firstValueFrom(this.subscriptions.createQuote(request)));
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.code === 'Subscriptions:NotVerified') {
        this.refusedNotVerified.set(true);
      } else if (apiError.code === 'Subscriptions:UnknownVoucher') {
        this.voucherError.set(this.errors.describe(apiError));
      } else {
        this.errors.show(error);
      }
    } finally {
      this.quoting.set(false);
    }
  }

  protected accept(quote: QuoteDto): void {
    this.modal.confirm({
      nzTitle: this.i18n.t('subscribe.acceptTitle'),
      nzContent: this.i18n.t('subscribe.acceptText', { total: formatCny(quote.total) }),
      nzOkText: this.i18n.t('subscribe.accept'),
      nzCancelText: this.i18n.t('common.cancel'),
      nzOnOk: () => this.doAccept(quote),
    });
  }

  private async doAccept(quote: QuoteDto): Promise<void> {
    this.accepting.set(true);
    try {
      const order = await firstValueFrom(this.subscriptions.acceptQuote(quote.id));
      this.message.success(this.i18n.t('subscribe.accepted', { number: order.number }));
      await this.router.navigate(['/portal/orders', order.id]);
    } catch (error) {
      const apiError = this.errors.show(error);
      if (apiError.code === 'Subscriptions:QuoteExpired' || apiError.code === 'Subscriptions:QuoteUsed') this.quote.set(null);
    } finally {
      this.accepting.set(false);
    }
  }
}
