import { FormControl } from '@angular/forms';
import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, creditCodeProblem, creditCodeValidator, isValidCreditCode, randomCreditCode } from './credit-code';

describe('GB 32100-2015 credit code', () => {
  it('accepts a real, valid code', () => {
    expect(isValidCreditCode('91110108596007659D')).toBe(true);
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
  });

  it('computes the check character from the first 17', () => {
    expect(creditCodeCheckChar('91110108596007659')).toBe('D');
  });

  it('maps a remainder of 0 to check character "0" (31 → 0)', () => {
    // the body below sums to a multiple of 31, so the check digit wraps to 0
    const body = '00000000000000000';
    expect(creditCodeCheckChar(body)).toBe('0');
    expect(isValidCreditCode(`${body}0`)).toBe(true);
  });

  it('rejects a wrong check digit', () => {
    expect(creditCodeProblem('91110108596007659E')).toBe('checkDigit');
  });

  it('rejects wrong length and characters outside the charset (I, O, S, V, Z, lower case)', () => {
    expect(creditCodeProblem('91110108596007659')).toBe('length');
    expect(creditCodeProblem('91110108596007659DD')).toBe('length');
    expect(creditCodeProblem('9111010859600765ID')).toBe('charset');
    expect(creditCodeProblem('91110108596007659d')).toBe('charset');
  });

  it('generates valid random codes', () => {
    for (let i = 0; i < 50; i++) expect(isValidCreditCode(randomCreditCode())).toBe(true);
  });

  describe('form validator', () => {
    const validate = (value: string | null) => creditCodeValidator()(new FormControl(value));

    it('leaves empty values to Validators.required', () => {
      expect(validate('')).toBeNull();
      expect(validate(null)).toBeNull();
    });

    it('passes a valid code and reports the problem otherwise', () => {
      expect(validate('91110108596007659D')).toBeNull();
      expect(validate('91110108596007659E')).toEqual({ creditCode: { problem: 'checkDigit' } });
      expect(validate('123')).toEqual({ creditCode: { problem: 'length' } });
    });
  });
});
