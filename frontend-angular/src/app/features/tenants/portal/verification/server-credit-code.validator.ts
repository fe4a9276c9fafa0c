import type { AbstractControl, AsyncValidatorFn, ValidationErrors } from '@angular/forms';
import { Observable, catchError, map, of, switchMap, timer } from 'rxjs';
import type { TenantApi } from '../../tenant.api';

/**
 * Asks the server too (GET /api/credit-codes/{code}/check) once the local check passes, so a rule the
 * server adds later shows while typing. Debounced; an unreachable server does not block the form.
 */
export function serverCreditCodeValidator(api: TenantApi, debounceMs = 300): AsyncValidatorFn {
  return (control: AbstractControl<string>): Observable<ValidationErrors | null> => {
    const code = (control.value ?? '').trim();
    if (!code) return of(null);
    return timer(debounceMs).pipe(
      switchMap(() => api.checkCreditCode(code)),
      map((result) => (result.valid ? null : { creditCodeServer: result.reason || 'invalid' })),
      catchError(() => of(null)),
    );
  };
}
