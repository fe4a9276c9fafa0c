import { AbstractControl, FormArray, FormGroup } from '@angular/forms';
import { ApiError, normalizeFieldName } from './problem-details';

export const SERVER_ERROR_KEY = 'server';

/**
 * Puts the server's field errors on the matching controls (`{ server: 'message' }`) and returns the
 * messages no control could take, so the caller can show them elsewhere.
 */
export function applyServerErrors(form: AbstractControl, apiError: ApiError): string[] {
  const controls = flatten(form);
  const unmatched: string[] = [];
  for (const [field, messages] of Object.entries(apiError.fieldErrors)) {
    const control = controls.get(normalizeFieldName(field));
    if (control) {
      control.setErrors({ ...(control.errors ?? {}), [SERVER_ERROR_KEY]: messages.join(' ') });
      control.markAsTouched();
      control.markAsDirty();
    } else {
      unmatched.push(...messages);
    }
  }
  return unmatched;
}

function flatten(control: AbstractControl, prefix = '', into = new Map<string, AbstractControl>()) {
  if (control instanceof FormGroup || control instanceof FormArray) {
    for (const [name, child] of Object.entries(control.controls)) {
      const path = prefix ? `${prefix}.${name}` : name;
      into.set(path.toLowerCase(), child);
      flatten(child, path, into);
    }
  }
  return into;
}
