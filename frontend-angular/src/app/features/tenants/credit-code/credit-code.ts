import type { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/** GB 32100-2015 unified social credit code (统一社会信用代码): 18 characters, the last one a check digit. */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
export const CREDIT_CODE_LENGTH = 18;

export type CreditCodeProblem = 'length' | 'charset' | 'checkDigit';

/** The check character for the first 17 characters, or null when they are not valid input. */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== CREDIT_CODE_LENGTH - 1) return null;
  let sum = 0;
  for (let i = 0; i < first17.length; i++) {
    const value = CREDIT_CODE_CHARSET.indexOf(first17[i]);
    if (value < 0) return null;
    sum += value * CREDIT_CODE_WEIGHTS[i];
  }
  const check = (31 - (sum % 31)) % 31;
  return CREDIT_CODE_CHARSET[check];
}

/** Why a code is not valid, or null when it is. Letters must be upper case, as printed on the licence. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (code.length !== CREDIT_CODE_LENGTH) return 'length';
  for (const char of code) if (!CREDIT_CODE_CHARSET.includes(char)) return 'charset';
  return creditCodeCheckChar(code.slice(0, 17)) === code[17] ? null : 'checkDigit';
}

export function isValidCreditCode(code: string): boolean {
  return creditCodeProblem(code) === null;
}

/** Form validator: `{ creditCode: { problem } }`; empty values are left to `Validators.required`. */
export function creditCodeValidator(): ValidatorFn {
  return (control: AbstractControl<string | null>): ValidationErrors | null => {
    const value = (control.value ?? '').trim();
    if (!value) return null;
    const problem = creditCodeProblem(value);
    return problem ? { creditCode: { problem } } : null;
  };
}

/** A valid code with random body (for tests and demos): 17 random characters plus their check digit. */
export function randomCreditCode(random: () => number = Math.random): string {
  let body = '';
  for (let i = 0; i < 17; i++) body += CREDIT_CODE_CHARSET[Math.floor(random() * CREDIT_CODE_CHARSET.length)];
  return body + creditCodeCheckChar(body);
}
