import { HttpErrorResponse } from '@angular/common/http';
import { FormControl, FormGroup } from '@angular/forms';
import { describe, expect, it } from 'vitest';
import { applyServerErrors } from './form-errors';
import { fieldMessages, normalizeFieldName, toApiError } from './problem-details';

const http = (status: number, error: unknown) => new HttpErrorResponse({ status, error });

describe('problem details → UI error', () => {
  it('reads detail, code and field errors of an RFC 9457 body', () => {
    const apiError = toApiError(
      http(409, {
        type: 'https://tools.ietf.org/html/rfc9110#section-15.5.10',
        title: 'Conflict',
        status: 409,
        detail: 'The plan allows 500 members.',
        code: 'Tenants:MemberLimitReached',
      }),
    );
    expect(apiError).toEqual({ status: 409, code: 'Tenants:MemberLimitReached', message: 'The plan allows 500 members.', fieldErrors: {} });
  });

  it('falls back to the title when there is no detail', () => {
    expect(toApiError(http(400, { title: 'One or more validation errors occurred.', errors: { AdminEmail: ['Taken.'] } })).message).toBe(
      'One or more validation errors occurred.',
    );
  });

  it('reads OAuth token errors', () => {
    const apiError = toApiError(http(400, { error: 'invalid_grant', error_description: 'The username/password couple is invalid.' }));
    expect(apiError.code).toBe('invalid_grant');
    expect(apiError.message).toBe('The username/password couple is invalid.');
  });

  it('parses a body that arrived as text and survives non-JSON bodies', () => {
    expect(toApiError(http(422, '{"detail":"Nope","code":"X:Y"}')).code).toBe('X:Y');
    expect(toApiError(http(502, '<html>Bad gateway</html>'))).toEqual({ status: 502, code: null, message: null, fieldErrors: {} });
  });

  it('reports transport failures with status 0 and plain errors with -1', () => {
    expect(toApiError(new HttpErrorResponse({ status: 0, error: new ProgressEvent('error') })).status).toBe(0);
    expect(toApiError(new Error('boom'))).toEqual({ status: -1, code: null, message: 'boom', fieldErrors: {} });
  });

  it('keeps only string messages in field errors and flattens them', () => {
    const apiError = toApiError(http(400, { errors: { a: ['one', 2, ''], b: 'two', c: [] } }));
    expect(apiError.fieldErrors).toEqual({ a: ['one'], b: ['two'] });
    expect(fieldMessages(apiError)).toEqual(['one', 'two']);
  });

  it('normalizes server field names to control paths', () => {
    expect(normalizeFieldName('AdminEmail')).toBe('adminemail');
    expect(normalizeFieldName('InvoiceProfile.TaxpayerId')).toBe('invoiceprofile.taxpayerid');
    expect(normalizeFieldName('$.invoiceProfile.name')).toBe('invoiceprofile.name');
    expect(normalizeFieldName('request.Name')).toBe('name');
    expect(normalizeFieldName('Entitlements[2].Amount')).toBe('entitlements.2.amount');
  });

  it('puts field errors on matching controls, nested too, and returns the rest', () => {
    const form = new FormGroup({
      adminEmail: new FormControl('x@y.z'),
      invoiceProfile: new FormGroup({ taxpayerId: new FormControl('1') }),
    });
    const leftover = applyServerErrors(
      form,
      toApiError(
        http(400, {
          errors: { AdminEmail: ['Email is taken.'], 'InvoiceProfile.TaxpayerId': ['Bad id.'], Other: ['Something else.'] },
        }),
      ),
    );
    expect(form.controls.adminEmail.errors).toEqual({ server: 'Email is taken.' });
    expect(form.controls.invoiceProfile.controls.taxpayerId.errors).toEqual({ server: 'Bad id.' });
    expect(form.controls.adminEmail.touched).toBe(true);
    expect(leftover).toEqual(['Something else.']);
  });
});
