import { HttpErrorResponse, HttpEvent, HttpHandlerFn, HttpInterceptorFn, HttpRequest } from '@angular/common/http';
import { inject } from '@angular/core';
import { Observable, catchError, switchMap, throwError } from 'rxjs';
import { AuthService } from './auth.service';
import { SKIP_AUTH } from './token.api';

/**
 * Adds the bearer token to /api calls. An expired access token is refreshed first; a 401 triggers
 * one refresh and one retry; when the refresh fails the session ends and the user signs in again.
 */
export const authInterceptor: HttpInterceptorFn = (req, next) => {
  if (!req.url.startsWith('/api/') || req.context.get(SKIP_AUTH)) return next(req);
  const auth = inject(AuthService);
  if (!auth.hasSession()) return next(req);

  const fresh = auth.freshAccessToken();
  if (fresh !== null) {
    return send(req, next, fresh).pipe(
      catchError((error: unknown) => (isUnauthorized(error) ? refreshAndRetry(auth, req, next, error) : throwError(() => error))),
    );
  }
  // expired: refresh before sending, and do not refresh a second time on a 401
  return refreshAndRetry(auth, req, next, null);
};

function refreshAndRetry(
  auth: AuthService,
  req: HttpRequest<unknown>,
  next: HttpHandlerFn,
  original: unknown,
): Observable<HttpEvent<unknown>> {
  if (!auth.canRefresh()) {
    auth.expireSession();
    return original ? throwError(() => original) : next(req);
  }
  return auth.refresh().pipe(
    catchError((refreshError: unknown) => {
      auth.expireSession();
      return throwError(() => original ?? refreshError);
    }),
    switchMap((token) => send(req, next, token)),
    catchError((error: unknown) => {
      if (isUnauthorized(error)) auth.expireSession();
      return throwError(() => error);
    }),
  );
}

function send(req: HttpRequest<unknown>, next: HttpHandlerFn, token: string): Observable<HttpEvent<unknown>> {
  return next(req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }));
}

function isUnauthorized(error: unknown): boolean {
  return error instanceof HttpErrorResponse && error.status === 401;
}
