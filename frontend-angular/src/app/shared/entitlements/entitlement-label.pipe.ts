import { Pipe, PipeTransform, inject } from '@angular/core';
import { I18nService } from '../../core/i18n/i18n.service';
import { entitlementLabel } from './entitlement-format';

@Pipe({ name: 'entitlementLabel', pure: false })
export class EntitlementLabelPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(key: string): string {
    return entitlementLabel(key, this.i18n);
  }
}
