import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink, RouterOutlet } from '@angular/router';
import { NzAvatarModule } from 'ng-zorro-antd/avatar';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDropDownModule } from 'ng-zorro-antd/dropdown';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { NzLayoutModule } from 'ng-zorro-antd/layout';
import { NzMenuModule } from 'ng-zorro-antd/menu';
import { NzTooltipModule } from 'ng-zorro-antd/tooltip';
import { AuthService } from '../../core/auth/auth.service';
import { Permissions } from '../../core/auth/permissions';
import { TranslatePipe } from '../../core/i18n/translate.pipe';
import { visibleMenu } from '../../core/navigation/menu';
import { LangSwitch } from '../../shared/lang-switch/lang-switch';

@Component({
  selector: 'app-shell',
  imports: [
    RouterOutlet, RouterLink, NzLayoutModule, NzMenuModule, NzIconModule, NzButtonModule,
    NzDropDownModule, NzAvatarModule, NzTooltipModule, TranslatePipe, LangSwitch,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
})
export class Shell {
  private readonly auth = inject(AuthService);
  protected readonly collapsed = signal(false);
  protected readonly me = this.auth.me;
  protected readonly menu = computed(() => {
    const permissions = this.auth.permissions();
    return visibleMenu((p) => permissions.has(p));
  });
  protected readonly canSeeJobs = computed(() => this.auth.permissions().has(Permissions.jobsDashboard));
  protected readonly initial = computed(() => (this.me()?.name || this.me()?.email || '?').slice(0, 1).toUpperCase());

  protected signOut(): void {
    this.auth.signOut();
  }
}
