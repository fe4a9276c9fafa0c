import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { of } from 'rxjs';
import { catchError } from 'rxjs/operators';
import { AuthService } from '../../../core/auth/auth.service';
import { Permissions } from '../../../core/auth/permissions';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import { alertType, titleIn } from '../announcement-display';
import { SupportApi } from '../support.api';

/**
 * The active announcements above every portal page (GET /api/tenant/announcements), newest first, each closable for this
 * page view. Shown through the shell's "banner" outlet (an empty-path route of the portal); silent when the list fails.
 */
@Component({
  selector: 'app-announcement-banner',
  imports: [DatePipe, RouterLink, NzAlertModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (a of visible(); track a.id) {
      <nz-alert
        class="banner"
        nzBanner
        nzCloseable
        [nzType]="type(a.kind)"
        [nzMessage]="message"
        (nzOnClose)="dismiss(a.id)"
        data-testid="announcement-banner"
        [attr.data-kind]="a.kind"
      />
      <ng-template #message>
        <strong>{{ title(a) }}</strong>
        @if (a.startsAt) {
          <span class="when">
            {{ a.startsAt | date: 'yyyy-MM-dd HH:mm' : '+0800' }}
            @if (a.endsAt) {
              – {{ a.endsAt | date: 'yyyy-MM-dd HH:mm' : '+0800' }}
            }
          </span>
        }
        <a routerLink="/portal/announcements" class="more">{{ 'announcements.details' | t }}</a>
      </ng-template>
    }
  `,
  styles: `
    .banner {
      margin-bottom: 8px;
    }
    .when {
      margin-left: 8px;
    }
    .more {
      margin-left: 8px;
    }
  `,
})
export class AnnouncementBanner {
  private readonly api = inject(SupportApi);
  private readonly auth = inject(AuthService);
  private readonly i18n = inject(I18nService);
  private readonly dismissed = signal<ReadonlySet<string>>(new Set());
  private readonly announcements = rxResource({
    params: () => this.auth.hasPermission(Permissions.supportTickets),
    stream: ({ params }) => (params ? this.api.announcements().pipe(catchError(() => of([]))) : of([])),
  });
  protected readonly visible = computed(() => (this.announcements.value() ?? []).filter((a) => !this.dismissed().has(a.id)));

  protected type(kind: 'Maintenance' | 'Suspension' | 'General') {
    return alertType(kind);
  }

  protected title(a: { titleZh: string; titleEn: string; bodyZh: string; bodyEn: string }): string {
    return titleIn(a, this.i18n.lang());
  }

  protected dismiss(id: string): void {
    this.dismissed.set(new Set([...this.dismissed(), id]));
  }
}
