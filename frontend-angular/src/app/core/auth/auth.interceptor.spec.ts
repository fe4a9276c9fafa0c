import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiClient } from '../../api/api-client';
import { authInterceptor } from './auth.interceptor';
import { TokenStore } from './token-store';

describe('authInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let store: TokenStore;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'sign-in', children: [] }]),
        provideHttpClient(withInterceptors([authInterceptor])),
        provideHttpClientTesting(),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    store = TestBed.inject(TokenStore);
  });
  afterEach(() => backend.verify());

  const signIn = (expiresIn = 3600) => store.save({ access_token: 'A1', token_type: 'Bearer', expires_in: expiresIn, refresh_token: 'R1' });

  it('adds the bearer token to /api calls only', () => {
    signIn();
    http.get('/api/me').subscribe();
    http.get('/assets/x.json').subscribe();
    expect(backend.expectOne('/api/me').request.headers.get('Authorization')).toBe('Bearer A1');
    expect(backend.expectOne('/assets/x.json').request.headers.has('Authorization')).toBe(false);
  });

  it('covers the typed ApiClient, which goes through HttpClient', () => {
    signIn();
    TestBed.inject(ApiClient)
      .get('/api/tenant/orders/{id}', { path: { id: 'o1' } })
      .subscribe();
    expect(backend.expectOne('/api/tenant/orders/o1').request.headers.get('Authorization')).toBe('Bearer A1');
  });

  it('sends anonymous calls without a header when nobody is signed in', () => {
    http.get('/api/catalog/comparison').subscribe();
    expect(backend.expectOne('/api/catalog/comparison').request.headers.has('Authorization')).toBe(false);
  });

  it('refreshes once on a 401 and retries with the new token', () => {
    signIn();
    let body: unknown;
    http.get('/api/me').subscribe((b) => (body = b));
    backend.expectOne('/api/me').flush(null, { status: 401, statusText: 'Unauthorized' });
    const refresh = backend.expectOne('/connect/token');
    expect(refresh.request.body).toContain('grant_type=refresh_token');
    expect(refresh.request.body).toContain('refresh_token=R1');
    refresh.flush({ access_token: 'A2', token_type: 'Bearer', expires_in: 3600 });
    const retry = backend.expectOne('/api/me');
    expect(retry.request.headers.get('Authorization')).toBe('Bearer A2');
    retry.flush({ ok: true });
    expect(body).toEqual({ ok: true });
    expect(store.tokens()?.refreshToken).toBe('R1');
  });

  it('refreshes an expired token before sending, sharing one refresh between calls', () => {
    signIn(10); // inside the 30 s safety margin: counts as expired
    http.get('/api/a').subscribe();
    http.get('/api/b').subscribe();
    backend.expectOne('/connect/token').flush({ access_token: 'A2', token_type: 'Bearer', expires_in: 3600, refresh_token: 'R2' });
    expect(backend.expectOne('/api/a').request.headers.get('Authorization')).toBe('Bearer A2');
    expect(backend.expectOne('/api/b').request.headers.get('Authorization')).toBe('Bearer A2');
    expect(store.tokens()?.refreshToken).toBe('R2');
  });

  it('ends the session when the refresh is refused', () => {
    signIn();
    let failed = false;
    http.get('/api/me').subscribe({ error: () => (failed = true) });
    backend.expectOne('/api/me').flush(null, { status: 401, statusText: 'Unauthorized' });
    backend.expectOne('/connect/token').flush({ error: 'invalid_grant' }, { status: 400, statusText: 'Bad Request' });
    expect(failed).toBe(true);
    expect(store.tokens()).toBeNull();
  });
});
