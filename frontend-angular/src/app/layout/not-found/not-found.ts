import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzResultModule } from 'ng-zorro-antd/result';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

@Component({
  selector: 'app-not-found',
  imports: [NzResultModule, NzButtonModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-result nzStatus="404" [nzTitle]="'notFound.title' | t" [nzSubTitle]="'notFound.text' | t">
      <div nz-result-extra>
        <a nz-button nzType="primary" routerLink="/">{{ 'notFound.home' | t }}</a>
      </div>
    </nz-result>
  `,
})
export class NotFound {}
