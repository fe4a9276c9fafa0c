import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { NzCardModule } from 'ng-zorro-antd/card';
import { NzIconModule } from 'ng-zorro-antd/icon';
import { LangSwitch } from '../../shared/lang-switch/lang-switch';

/** The centred card around the sign-in and sign-up forms. */
@Component({
  selector: 'app-auth-frame',
  imports: [NzCardModule, NzIconModule, LangSwitch],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page">
      <div class="lang"><app-lang-switch /></div>
      <div class="brand"><nz-icon nzType="thunderbolt" nzTheme="twotone" /> DingPlatform</div>
      <nz-card class="card" [nzTitle]="heading()">
        <ng-content />
      </nz-card>
    </div>
  `,
  styles: `
    .page {
      min-height: 100vh;
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      padding: 24px;
      background: linear-gradient(160deg, #e6f4ff 0%, #f5f5f5 60%);
    }
    .lang {
      position: absolute;
      top: 16px;
      right: 24px;
    }
    .brand {
      font-size: 26px;
      font-weight: 600;
      margin-bottom: 24px;
      display: flex;
      gap: 10px;
      align-items: center;
    }
    .card {
      width: 100%;
      max-width: 420px;
      box-shadow: 0 6px 24px rgba(0, 0, 0, 0.06);
    }
  `,
})
export class AuthFrame {
  readonly heading = input.required<string>();
}
