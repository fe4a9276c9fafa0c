import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzSkeletonModule } from 'ng-zorro-antd/skeleton';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { I18nService } from '../../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { LoadError } from '../../../../shared/load-error/load-error';
import { AnnouncementKind, Bilingual, alertType, bodyIn, titleIn } from '../../announcement-display';
import { SupportApi } from '../../support.api';

const TAG_COLORS = { error: 'red', warning: 'orange', info: 'blue' } as const;

/** The announcements in force for this tenant (GET /api/tenant/announcements), in the reader's language. */
@Component({
  selector: 'app-announcements',
  imports: [
    DatePipe,
    NzPageHeaderModule,
    NzCardModule,
    NzEmptyModule,
    NzTagModule,
    NzButtonModule,
    NzIconModule,
    NzSkeletonModule,
    TranslatePipe,
    LoadError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-page-header [nzTitle]="'nav.announcements' | t" [nzSubtitle]="'announcements.subtitle' | t">
      <nz-page-header-extra>
        <button nz-button (click)="list.reload()" [nzLoading]="list.isLoading()">
          <nz-icon nzType="reload" /> {{ 'common.refresh' | t }}
        </button>
      </nz-page-header-extra>
    </nz-page-header>
    @if (list.error()) {
      <app-load-error [error]="list.error()" (retry)="list.reload()" />
    } @else if (list.isLoading() && !list.value()) {
      <nz-skeleton [nzActive]="true" />
    } @else {
      @for (a of list.value() ?? []; track a.id) {
        <nz-card nzSize="small" class="item" data-testid="announcement" [attr.data-kind]="a.kind">
          <div class="head">
            <nz-tag [nzColor]="color(a.kind)">{{ 'announcementKind.' + a.kind | t }}</nz-tag>
            <strong>{{ title(a) }}</strong>
          </div>
          @if (a.startsAt) {
            <div class="muted">
              {{ 'announcements.window' | t }}: {{ a.startsAt | date: 'yyyy-MM-dd HH:mm' : '+0800' }}
              @if (a.endsAt) {
                – {{ a.endsAt | date: 'yyyy-MM-dd HH:mm' : '+0800' }}
              }
            </div>
          }
          @if (a.affectedServices.length) {
            <div class="muted">{{ 'announcements.affected' | t }}: {{ a.affectedServices.join(', ') }}</div>
          }
          <p class="body">{{ body(a) }}</p>
          <div class="muted">{{ 'announcements.publishedAt' | t }} {{ a.publishedAt | date: 'yyyy-MM-dd HH:mm' : '+0800' }}</div>
        </nz-card>
      } @empty {
        <nz-empty [nzNotFoundContent]="'announcements.empty' | t" data-testid="announcements-empty" />
      }
    }
  `,
  styles: `
    .item {
      margin-bottom: 12px;
    }
    .head {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
      margin-bottom: 4px;
    }
    .body {
      white-space: pre-wrap;
      margin: 8px 0;
    }
    .muted {
      color: rgba(0, 0, 0, 0.45);
    }
  `,
})
export class Announcements {
  private readonly api = inject(SupportApi);
  private readonly i18n = inject(I18nService);
  protected readonly list = rxResource({ stream: () => this.api.announcements() });

  protected color(kind: AnnouncementKind): string {
    return TAG_COLORS[alertType(kind)];
  }

  protected title(a: Bilingual): string {
    return titleIn(a, this.i18n.lang());
  }

  protected body(a: Bilingual): string {
    return bodyIn(a, this.i18n.lang());
  }
}
