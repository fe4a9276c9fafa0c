import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzResultModule } from 'ng-zorro-antd/result';
import { AuthService } from '../../core/auth/auth.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/** A signed-in account that may open no page at all (e.g. an integrator's user, or a role with no rights). */
@Component({
  selector: 'app-forbidden',
  imports: [NzResultModule, NzButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-result nzStatus="403" [nzTitle]="'forbidden.title' | t" [nzSubTitle]="'forbidden.text' | t" data-testid="forbidden">
      <div nz-result-extra>
        <button nz-button nzType="primary" (click)="auth.signOut()">{{ 'auth.signOut' | t }}</button>
      </div>
    </nz-result>
  `,
})
export class Forbidden {
  protected readonly auth = inject(AuthService);
}
