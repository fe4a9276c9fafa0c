import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzResultModule } from 'ng-zorro-antd/result';
import { ErrorNotifier } from '../../core/errors/error-notifier.service';
import { toApiError } from '../../core/errors/problem-details';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/translate.pipe';

/** The state a page shows when its data could not be loaded, with a retry button. */
@Component({
  selector: 'app-load-error',
  imports: [NzResultModule, NzButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nz-result nzStatus="warning" [nzTitle]="'common.loadFailed' | t" [nzSubTitle]="text()" data-testid="load-error">
      <div nz-result-extra>
        <button nz-button nzType="primary" (click)="retry.emit()">{{ 'common.retry' | t }}</button>
      </div>
    </nz-result>
  `,
})
export class LoadError {
  private readonly notifier = inject(ErrorNotifier);
  private readonly i18n = inject(I18nService);
  readonly error = input.required<unknown>();
  readonly retry = output<void>();
  protected readonly text = computed(() => (this.i18n.lang(), this.notifier.describe(toApiError(this.error()))));
}
