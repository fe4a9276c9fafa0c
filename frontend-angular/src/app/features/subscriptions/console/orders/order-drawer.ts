import { ChangeDetectionStrategy, Component, computed, effect, inject, input, output, signal, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzDividerModule } from 'ng-zorro-antd/divider';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalService } from 'ng-zorro-antd/modal';
import { firstValueFrom } from 'rxjs';
import { HostSubscriptionsApi } from '../../host-subscriptions.api';
import type { OrderDto } from '../../../../api/models';
import { AuthService } from '../../../../core/auth/auth.service';
import { Permissions } from '../../../../core/auth/permissions';
import { ErrorNotifier } from '../../../../core/errors/error-notifier.service';
import { SERVER_ERROR_KEY } from '../../../../core/errors/form-errors';
import { toApiError } from '../../../../core/errors/problem-details';
import { fromIsoDate, shanghaiToday, toIsoDate } from '../../../../core/format/dates';
import { formatCny } from '../../../../core/format/money';
import { I18nService } from '../../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { FieldErrorPipe } from '../../../../shared/forms/field-error.pipe';
import { OrderDetails } from '../../ui/order-details';
import { isAwaitingPayment } from '../../subscription-display';

/** An order in the console: details, "record bank transfer" (Orders.Manage) and refund (Subscriptions.Refunds). */
@Component({
  selector: 'app-host-order-drawer',
  imports: [
    ReactiveFormsModule,
    NzDrawerModule,
    NzDividerModule,
    NzFormModule,
    NzInputModule,
    NzInputNumberModule,
    NzDatePickerModule,
    NzCheckboxModule,
    NzButtonModule,
    NzIconModule,
    TranslatePipe,
    FieldErrorPipe,
    OrderDetails,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './order-drawer.html',
  styles: `
    .amount {
      width: 200px;
    }
    .refund {
      border: 1px solid #ffccc7;
      background: #fff2f0;
      padding: 16px;
      border-radius: 6px;
    }
  `,
})
export class HostOrderDrawer {
  private readonly hostApi = inject(HostSubscriptionsApi);
  private readonly errors = inject(ErrorNotifier);
  private readonly message = inject(NzMessageService);
  private readonly modal = inject(NzModalService);
  private readonly i18n = inject(I18nService);
  private readonly auth = inject(AuthService);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly order = input<OrderDto | null>(null);
  readonly changed = output<OrderDto>();
  readonly closed = output<void>();

  protected readonly canRecord = this.auth.hasPermission(Permissions.ordersManage);
  protected readonly canRefund = this.auth.hasPermission(Permissions.refunds);
  protected readonly awaiting = isAwaitingPayment;
  protected readonly saving = signal(false);
  protected readonly refunding = signal(false);
  protected readonly showRefund = signal(false);

  protected readonly payment = this.fb.group({
    amount: this.fb.control<number | null>(null, [Validators.required, Validators.min(0.01)]),
    reference: ['', [Validators.required, Validators.maxLength(100), Validators.pattern(/\S/)]],
    paidOn: this.fb.control<Date | null>(null, Validators.required),
  });
  protected readonly refund = this.fb.group({
    reason: ['', [Validators.required, Validators.minLength(2), Validators.pattern(/\S/)]],
    providerFault: [false],
  });
  private readonly orderId = computed(() => this.order()?.id ?? null);
  protected readonly disabledFuture = (date: Date) => toIsoDate(date)! > shanghaiToday();

  constructor() {
    // a new order in the drawer: prefill the amount with its total and the date with today
    effect(() => {
      const id = this.orderId();
      untracked(() => {
        const order = this.order();
        if (!id || !order) return;
        this.payment.reset({ amount: Number(order.total), reference: '', paidOn: fromIsoDate(shanghaiToday()) });
        this.refund.reset({ reason: '', providerFault: false });
        this.showRefund.set(false);
      });
    });
  }

  protected recordPayment(order: OrderDto): void {
    if (this.payment.invalid) {
      this.payment.markAllAsTouched();
      Object.values(this.payment.controls).forEach((c) => c.markAsDirty());
      return;
    }
    const value = this.payment.getRawValue();
    this.modal.confirm({
      nzTitle: this.i18n.t('hostOrders.recordPayment'),
      nzContent: this.i18n.t('hostOrders.recordConfirm', { amount: formatCny(value.amount) }),
      nzOkText: this.i18n.t('common.confirm'),
      nzCancelText: this.i18n.t('common.cancel'),
      nzOnOk: () => this.submitPayment(order),
    });
  }

  private async submitPayment(order: OrderDto): Promise<void> {
    const value = this.payment.getRawValue();
    this.saving.set(true);
    try {
      const updated = await firstValueFrom(
        this.hostApi.recordBankTransfer(order.id, {
          amount: value.amount ?? 0,
          reference: value.reference.trim(),
          paidOn: toIsoDate(value.paidOn),
        }),
      );
      this.message.success(this.i18n.t('hostOrders.recorded', { number: order.number }));
      this.changed.emit(updated);
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.code === 'Payments:AmountMismatch') {
        // the server explains which way it is off ("… is less than the order total …")
        const text = [this.errors.describe(apiError), apiError.message].filter(Boolean).join(' — ');
        const amount = this.payment.controls.amount;
        amount.setErrors({ [SERVER_ERROR_KEY]: text });
        amount.markAsDirty();
        amount.markAsTouched();
      } else {
        this.errors.show(error, this.payment);
      }
    } finally {
      this.saving.set(false);
    }
  }

  protected openRefund(): void {
    this.refund.reset({ reason: '', providerFault: false });
    this.showRefund.set(true);
  }

  protected refundInvalid(): boolean {
    if (this.refund.valid) return false;
    this.refund.markAllAsTouched();
    Object.values(this.refund.controls).forEach((c) => c.markAsDirty());
    return true;
  }

  protected confirmRefund(order: OrderDto): void {
    if (this.refundInvalid()) return;
    this.modal.confirm({
      nzTitle: this.i18n.t('hostOrders.refundTitle', { number: order.number }),
      nzContent: this.i18n.t('hostOrders.refundText'),
      nzOkText: this.i18n.t('hostOrders.refundConfirm'),
      nzOkDanger: true,
      nzCancelText: this.i18n.t('common.cancel'),
      nzOnOk: () => this.submitRefund(order),
    });
  }

  private async submitRefund(order: OrderDto): Promise<void> {
    const value = this.refund.getRawValue();
    this.refunding.set(true);
    try {
      const updated = await firstValueFrom(
        this.hostApi.refund(order.id, { reason: value.reason.trim(), providerFault: value.providerFault }),
      );
      this.message.success(this.i18n.t('hostOrders.refunded', { number: order.number }));
      this.showRefund.set(false);
      this.changed.emit(updated);
    } catch (error) {
      this.errors.show(error, this.refund);
    } finally {
      this.refunding.set(false);
    }
  }
}
