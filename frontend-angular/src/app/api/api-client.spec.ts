import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { afterEach, beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import { ApiClient, Operation, ResponseBody, toUrl } from './api-client';
import type { MeDto, OrderDto } from './models';

describe('ApiClient (typed by the OpenAPI paths)', () => {
  let api: ApiClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(ApiClient);
    backend = TestBed.inject(HttpTestingController);
  });
  afterEach(() => backend.verify());

  it('fills path parameters, URI-encoded', () => {
    api.get('/api/tenant/orders/{id}', { path: { id: 'a/b c' } }).subscribe();
    expect(backend.expectOne('/api/tenant/orders/a%2Fb%20c').request.method).toBe('GET');
    api.put('/api/host/calendar/{year}', { path: { year: 2027 }, body: { source: 's', days: [] } }).subscribe();
    const put = backend.expectOne('/api/host/calendar/2027');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ source: 's', days: [] });
  });

  it('refuses a path template with a missing parameter', () => {
    expect(() => toUrl('/api/tenant/orders/{id}', { path: {} })).toThrow('/api/tenant/orders/{id}: no value for {id}');
  });

  it('leaves null and empty query values out', () => {
    api.get('/api/host/tenants', { query: { status: null, verificationStatus: 'Pending', search: '' } }).subscribe();
    const req = backend.expectOne((r) => r.url === '/api/host/tenants');
    expect(req.request.params.keys()).toEqual(['verificationStatus']);
    expect(req.request.urlWithParams).toBe('/api/host/tenants?verificationStatus=Pending');
  });

  it('posts {} when an operation has no body, and the body (even null) when it has one', () => {
    api.post('/api/host/tenants/{id}/reinstate', { path: { id: 't1' } }).subscribe();
    expect(backend.expectOne('/api/host/tenants/t1/reinstate').request.body).toEqual({});
    api.post('/api/host/tenants/{id}/suspend', { path: { id: 't1' }, body: { reason: 'r' } }).subscribe();
    expect(backend.expectOne('/api/host/tenants/t1/suspend').request.body).toEqual({ reason: 'r' });
    api.post('/api/tenant/orders/{id}/checkout', { path: { id: 'o1' }, body: null }).subscribe();
    expect(backend.expectOne('/api/tenant/orders/o1/checkout').request.body).toBeNull();
  });

  it('deletes and downloads blobs', () => {
    api.delete('/api/tenant/members/{id}', { path: { id: 'm1' } }).subscribe();
    expect(backend.expectOne('/api/tenant/members/m1').request.method).toBe('DELETE');
    api.download('/api/tenant/invoices/{id}/pdf', { path: { id: 'i1' } }).subscribe();
    expect(backend.expectOne('/api/tenant/invoices/i1/pdf').request.responseType).toBe('blob');
  });

  it('takes its types from the document (checked by the compiler)', () => {
    expectTypeOf<ResponseBody<Operation<'/api/me', 'get'>>>().toEqualTypeOf<MeDto>();
    expectTypeOf<ResponseBody<Operation<'/api/tenant/quotes/{id}/accept', 'post'>>>().toEqualTypeOf<OrderDto>();
    expectTypeOf<ResponseBody<Operation<'/api/tenant/members/{id}', 'delete'>>>().toEqualTypeOf<void>();
    if (Math.random() > 2) {
      // never runs: each line must not compile
      // @ts-expect-error a path the document does not have
      api.get('/api/no-such-thing');
      // @ts-expect-error a method the path does not have
      api.post('/api/me');
      // @ts-expect-error a missing path parameter
      api.get('/api/tenant/orders/{id}');
      // @ts-expect-error a path parameter of the wrong type
      api.get('/api/host/calendar/{year}', { path: { year: '2027' } });
      // @ts-expect-error a query value outside the enum
      api.get('/api/host/invoices', { query: { status: 'Bogus' } });
      // @ts-expect-error a required body left out
      api.post('/api/host/tenants/{id}/suspend', { path: { id: 't1' } });
      // @ts-expect-error a body where the operation takes none
      api.post('/api/host/tenants/{id}/reinstate', { path: { id: 't1' }, body: { reason: 'r' } });
    }
  });
});
