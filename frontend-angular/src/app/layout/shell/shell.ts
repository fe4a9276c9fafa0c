import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink, RouterOutlet } from '@angular/router';
import { NzAvatarModule } from 'ng-zorro-antd/avatar';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDropDownModule } from 'ng-zorro-antd/dropdown';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzLayoutModule } from 'ng-zorro-antd/layout';
import { NzMenuModule } from 'ng-zorro-antd/menu';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { jobsDashboardUrl } from '../../core/navigation/jobs-dashboard';
import { MENU, visibleMenu } from '../../core/navigation/menu';
import { LangSwitch } from '../../shared/lang-switch/lang-switch';

@Component({
  selector: 'app-shell',
  imports: [
    RouterOutlet,
    RouterLink,
    NzLayoutModule,
    NzMenuModule,
    NzIconModule,
    NzButtonModule,
    NzDropDownModule,
    NzAvatarModule,
    NzTooltipModule,
    TranslatePipe,
    LangSwitch,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
})
export class Shell {
  private readonly auth = inject(AuthService);
  private readonly sections = inject(MENU);
  protected readonly collapsed = signal(false);
  protected readonly me = this.auth.me;
  protected readonly menu = computed(() => {
    const permissions = this.auth.permissions();
    return visibleMenu((p) => permissions.has(p), this.sections);
  });
  protected readonly canSeeJobs = computed(() => this.auth.permissions().has(Permissions.jobsDashboard));
  /** Hangfire takes the token once in the query, then keeps its own cookie. */
  protected readonly jobsUrl = computed(() => jobsDashboardUrl(this.auth.accessToken()));
  protected readonly initial = computed(() => (this.me()?.name || this.me()?.email || '?').slice(0, 1).toUpperCase());

  /** A stale token would be refused: refresh it first, then open the dashboard. */
  protected async openJobs(event: MouseEvent): Promise<void> {
    if (this.auth.freshAccessToken() || !this.auth.canRefresh()) return; // the link's own href is good
    event.preventDefault();
    const tab = window.open('', '_blank');
    if (tab) tab.opener = null;
    try {
      const token = await firstValueFrom(this.auth.refresh());
      if (tab) tab.location.href = jobsDashboardUrl(token);
    } catch {
      tab?.close();
      this.auth.expireSession();
    }
  }

  protected signOut(): void {
    this.auth.signOut();
  }
}
