import { Pipe, PipeTransform } from '@angular/core';
import { formatCny } from '../../core/format/money';

/** `{{ order.total | cny }}` → "¥8,820.00"; `{{ d.amount | cny: true }}` → "-¥882.00". */
@Pipe({ name: 'cny' })
export class CnyPipe implements PipeTransform {
  transform(value: number | string | null | undefined, negative = false): string {
    return formatCny(value, { negative });
  }
}
