import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzCheckboxModule } from 'ng-zorro-antd/checkbox';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzPageHeaderModule } from 'ng-zorro-antd/page-header';
import { NzRadioModule } from 'ng-zorro-antd/radio';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { ErrorNotifier } from '../../../../core/errors/error-notifier.service';
import { I18nService } from '../../../../core/i18n/i18n.service';
import { TranslatePipe } from '../../../../core/i18n/translate.pipe';
import { LoadError } from '../../../../shared/load-error/load-error';
import { LANGUAGES, MAIL_KINDS, toggleKind } from '../../notifications-display';
import { NotificationsApi, type MemberPreferencesDto } from '../../notifications.api';
import { type PreferenceDraft, isChanged } from './preferences-draft';

/** Every member's language and mail kinds (tenant admin), edited in the row and saved per member. */
@Component({
  selector: 'app-notification-preferences',
  imports: [
    FormsModule,
    NzPageHeaderModule,
    NzTableModule,
    NzButtonModule,
    NzIconModule,
    NzRadioModule,
    NzCheckboxModule,
    NzTagModule,
    NzEmptyModule,
    TranslatePipe,
    LoadError,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-page-header [nzTitle]="'nav.notificationPreferences' | t" [nzSubtitle]="'prefs.subtitle' | t">
      <nz-page-header-extra>
        <button nz-button (click)="members.reload()" [nzLoading]="members.isLoading()">
          <nz-icon nzType="reload" /> {{ 'common.refresh' | t }}
        </button>
      </nz-page-header-extra>
    </nz-page-header>
    @if (members.error()) {
      <app-load-error [error]="members.error()" (retry)="members.reload()" />
    } @else {
      <nz-table
        #table
        [nzData]="members.value() ?? []"
        [nzLoading]="members.isLoading()"
        nzSize="middle"
        [nzPageSize]="50"
        [nzHideOnSinglePage]="true"
        [nzNoResult]="empty"
        [nzScroll]="{ x: '960px' }"
        data-testid="preferences-table"
      >
        <thead>
          <tr>
            <th nzWidth="240px">{{ 'prefs.member' | t }}</th>
            <th nzWidth="200px">{{ 'prefs.language' | t }}</th>
            <th>{{ 'prefs.mailKinds' | t }}</th>
            <th nzRight nzWidth="110px" nzAlign="right">{{ 'common.actions' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (m of table.data; track m.userId) {
            <tr [attr.data-testid]="'preferences-row-' + m.email">
              <td>
                <div>
                  {{ m.name }}
                  @if (m.role === 'TenantAdmin') {
                    <nz-tag nzColor="gold">{{ 'prefs.admin' | t }}</nz-tag>
                  }
                </div>
                <div class="muted">{{ m.email }}</div>
              </td>
              <td>
                <nz-radio-group
                  [ngModel]="draft(m).language"
                  (ngModelChange)="setLanguage(m, $event)"
                  nzButtonStyle="solid"
                  nzSize="small"
                  [attr.aria-label]="'prefs.language' | t"
                  data-testid="preferences-language"
                >
                  @for (lang of languages; track lang) {
                    <label nz-radio-button [nzValue]="lang" [attr.data-testid]="'preferences-language-' + lang">{{
                      'language.' + lang | t
                    }}</label>
                  }
                </nz-radio-group>
              </td>
              <td>
                <div class="kinds">
                  @for (kind of kinds; track kind) {
                    <label
                      nz-checkbox
                      [ngModel]="draft(m).mailKinds.includes(kind)"
                      (ngModelChange)="setKind(m, kind, $event)"
                      [attr.data-testid]="'preferences-kind-' + kind"
                      >{{ 'mailKind.' + kind | t }}</label
                    >
                  }
                </div>
              </td>
              <td nzRight nzAlign="right">
                @if (changed(m)) {
                  <nz-tag nzColor="orange" class="unsaved">{{ 'prefs.unsaved' | t }}</nz-tag>
                }
                <button
                  nz-button
                  nzType="primary"
                  nzSize="small"
                  [disabled]="!changed(m)"
                  [nzLoading]="saving() === m.userId"
                  (click)="save(m)"
                  data-testid="preferences-save"
                >
                  {{ 'common.save' | t }}
                </button>
              </td>
            </tr>
          }
        </tbody>
      </nz-table>
      <ng-template #empty><nz-empty [nzNotFoundContent]="'prefs.empty' | t" /></ng-template>
    }
  `,
  styles: `
    .kinds {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 0;
    }
    .unsaved {
      display: block;
      width: fit-content;
      margin: 0 0 4px auto;
    }
  `,
})
export class Preferences {
  private readonly notifications = inject(NotificationsApi);
  private readonly errors = inject(ErrorNotifier);
  private readonly message = inject(NzMessageService);
  private readonly i18n = inject(I18nService);

  protected readonly languages = LANGUAGES;
  protected readonly kinds = MAIL_KINDS;
  protected readonly members = rxResource({ stream: () => this.notifications.preferences() });
  /** Unsaved edits by user id. */
  private readonly drafts = signal<Record<string, PreferenceDraft>>({});
  protected readonly saving = signal<string | null>(null);

  protected draft(member: MemberPreferencesDto): PreferenceDraft {
    return this.drafts()[member.userId] ?? member;
  }

  protected changed(member: MemberPreferencesDto): boolean {
    return isChanged(member, this.drafts()[member.userId]);
  }

  protected setLanguage(member: MemberPreferencesDto, language: string): void {
    this.edit(member, { ...this.draft(member), language });
  }

  protected setKind(member: MemberPreferencesDto, kind: string, on: boolean): void {
    const current = this.draft(member);
    this.edit(member, { ...current, mailKinds: toggleKind(current.mailKinds, kind, on) });
  }

  protected async save(member: MemberPreferencesDto): Promise<void> {
    const draft = this.draft(member);
    this.saving.set(member.userId);
    try {
      const saved = await firstValueFrom(this.notifications.updatePreferences(member.userId, draft.language, [...draft.mailKinds]));
      this.members.update((list) => (list ?? []).map((m) => (m.userId === saved.userId ? saved : m)));
      this.drafts.update(({ [member.userId]: _saved, ...rest }) => rest);
      this.message.success(this.i18n.t('prefs.saved', { name: member.name }));
    } catch (error) {
      this.errors.show(error);
    } finally {
      this.saving.set(null);
    }
  }

  private edit(member: MemberPreferencesDto, draft: PreferenceDraft): void {
    this.drafts.update((all) => ({ ...all, [member.userId]: draft }));
  }
}
