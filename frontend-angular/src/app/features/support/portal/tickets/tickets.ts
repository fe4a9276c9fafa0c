import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzFormModule } from 'ng-zorro-antd/form';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzModalModule } from 'ng-zorro-antd/modal';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzTableModule } from 'ng-zorro-antd/table';
import { firstValueFrom } from 'rxjs';
import { ErrorNotifier } from '../../../../core/errors/error-notifier.service';
import { I18nService } from '../../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { FieldErrorPipe } from '../../../../shared/forms/field-error.pipe';
import { LoadError } from '../../../../shared/load-error/load-error';
import { TICKET_CATEGORIES } from '../../support-display';
import { SupportApi } from '../../support.api';
import type { TicketCategory } from '../../support.models';
import { AccountManagerCard } from '../../ui/account-manager-card';
import { TicketStatusTag } from '../../ui/support-tags';

/** The tenant's tickets (GET /api/tenant/support/tickets), the account manager card, and "New ticket" (POST …/tickets). */
@Component({
  selector: 'app-tickets',
  imports: [
    DatePipe,
    RouterLink,
    ReactiveFormsModule,
    NzPageHeaderModule,
    NzTableModule,
    NzButtonModule,
    NzIconModule,
    NzEmptyModule,
    NzModalModule,
    NzFormModule,
    NzInputModule,
    NzSelectModule,
    TranslatePipe,
    FieldErrorPipe,
    LoadError,
    TicketStatusTag,
    AccountManagerCard,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-page-header [nzTitle]="'nav.tickets' | t" [nzSubtitle]="'tickets.subtitle' | t">
      <nz-page-header-extra>
        <button nz-button (click)="tickets.reload()" [nzLoading]="tickets.isLoading()">
          <nz-icon nzType="reload" /> {{ 'common.refresh' | t }}
        </button>
        <button nz-button nzType="primary" (click)="openForm()" data-testid="ticket-new">
          <nz-icon nzType="plus" /> {{ 'tickets.new' | t }}
        </button>
      </nz-page-header-extra>
    </nz-page-header>
    <app-account-manager-card class="manager" />
    @if (tickets.error()) {
      <app-load-error [error]="tickets.error()" (retry)="tickets.reload()" />
    } @else {
      <nz-table
        #table
        [nzData]="tickets.value() ?? []"
        [nzLoading]="tickets.isLoading()"
        nzSize="middle"
        [nzPageSize]="20"
        [nzHideOnSinglePage]="true"
        [nzNoResult]="empty"
        [nzScroll]="{ x: '900px' }"
        data-testid="tickets-table"
      >
        <thead>
          <tr>
            <th nzWidth="90px">{{ 'tickets.number' | t }}</th>
            <th>{{ 'tickets.subject' | t }}</th>
            <th>{{ 'tickets.category' | t }}</th>
            <th>{{ 'common.status' | t }}</th>
            <th>{{ 'tickets.openedAt' | t }}</th>
            <th>{{ 'tickets.lastMessageAt' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (t of table.data; track t.id) {
            <tr [attr.data-testid]="'ticket-row-' + t.number">
              <td class="mono">#{{ t.number }}</td>
              <td>
                <a [routerLink]="['/portal/tickets', t.id]" data-testid="ticket-open">{{ t.subject }}</a>
              </td>
              <td>{{ 'ticketCategory.' + t.category | t }}</td>
              <td><app-ticket-status-tag [status]="t.status" /></td>
              <td>{{ t.openedAt | date: 'yyyy-MM-dd HH:mm' : '+0800' }}</td>
              <td>{{ t.lastMessageAt | date: 'yyyy-MM-dd HH:mm' : '+0800' }}</td>
            </tr>
          }
        </tbody>
      </nz-table>
      <ng-template #empty>
        <nz-empty [nzNotFoundContent]="'tickets.empty' | t" data-testid="tickets-empty" />
      </ng-template>
    }

    @if (formOpen()) {
      <nz-modal
        [nzVisible]="true"
        [nzTitle]="'tickets.openTitle' | t"
        [nzOkText]="'tickets.open' | t"
        [nzCancelText]="'common.cancel' | t"
        [nzOkLoading]="saving()"
        (nzOnOk)="submit()"
        (nzOnCancel)="formOpen.set(false)"
      >
        <form *nzModalContent nz-form nzLayout="vertical" [formGroup]="form" (ngSubmit)="submit()" data-testid="ticket-form">
          <nz-form-item>
            <nz-form-label nzFor="ticket-subject" nzRequired>{{ 'tickets.subject' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="form.controls.subject | fieldError">
              <input nz-input id="ticket-subject" formControlName="subject" maxlength="200" data-testid="ticket-subject" />
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="ticket-category" nzRequired>{{ 'tickets.category' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="form.controls.category | fieldError">
              <nz-select nzId="ticket-category" formControlName="category" data-testid="ticket-category">
                @for (c of categories; track c) {
                  <nz-option [nzValue]="c" [nzLabel]="'ticketCategory.' + c | t" />
                }
              </nz-select>
            </nz-form-control>
          </nz-form-item>
          <nz-form-item>
            <nz-form-label nzFor="ticket-description" nzRequired>{{ 'tickets.description' | t }}</nz-form-label>
            <nz-form-control [nzErrorTip]="form.controls.description | fieldError" [nzExtra]="'tickets.descriptionHint' | t">
              <textarea
                nz-input
                id="ticket-description"
                rows="6"
                formControlName="description"
                maxlength="10000"
                data-testid="ticket-description"
              ></textarea>
            </nz-form-control>
          </nz-form-item>
        </form>
      </nz-modal>
    }
  `,
  styles: `
    .manager {
      display: block;
      margin-bottom: 16px;
      max-width: 480px;
    }
    td.mono {
      white-space: nowrap;
    }
  `,
})
export class Tickets {
  private readonly api = inject(SupportApi);
  private readonly errors = inject(ErrorNotifier);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly fb = inject(NonNullableFormBuilder);
  protected readonly categories = TICKET_CATEGORIES;
  protected readonly tickets = rxResource({ stream: () => this.api.tickets() });
  protected readonly formOpen = signal(false);
  protected readonly saving = signal(false);
  protected readonly form = this.fb.group({
    subject: ['', [Validators.required, Validators.maxLength(200), Validators.pattern(/\S/)]],
    category: this.fb.control<TicketCategory | null>('Technical', Validators.required),
    description: ['', [Validators.required, Validators.maxLength(10_000), Validators.pattern(/\S/)]],
  });

  protected openForm(): void {
    this.form.reset({ subject: '', category: 'Technical', description: '' });
    this.formOpen.set(true);
  }

  protected async submit(): Promise<void> {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      Object.values(this.form.controls).forEach((c) => c.markAsDirty());
      return;
    }
    this.saving.set(true);
    try {
      const v = this.form.getRawValue();
      const ticket = await firstValueFrom(
        this.api.open({ subject: v.subject.trim(), category: v.category, description: v.description.trim() }),
      );
      this.message.success(this.i18n.t('tickets.opened', { number: ticket.number }));
      this.formOpen.set(false);
      await this.router.navigate(['/portal/tickets', ticket.id]);
    } catch (error) {
      this.errors.show(error, this.form);
    } finally {
      this.saving.set(false);
    }
  }
}
