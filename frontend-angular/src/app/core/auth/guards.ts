import { inject } from '@angular/core';
import { CanActivateFn, Route, Router } from '@angular/router';
import { MENU, firstAllowedPath } from '../navigation/menu';
import { AuthService } from './auth.service';

/** Route data: `{ permission: Permissions.x }`. */
export const PERMISSION_DATA_KEY = 'permission';

/** A page that needs a permission: `{ path: 'members', ...withPermission(Permissions.membersView), loadComponent: ... }`. */
export function withPermission(permission: string): Pick<Route, 'canActivate' | 'data'> {
  return { canActivate: [permissionGuard], data: { [PERMISSION_DATA_KEY]: permission } };
}

/** Signed-in users only; others go to the sign-in page and come back afterwards. */
export const authGuard: CanActivateFn = (_route, state) => {
  const auth = inject(AuthService);
  return auth.isSignedIn() || inject(Router).createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
};

/** The route's permission is required; without it the user is sent to a page they may open. */
export const permissionGuard: CanActivateFn = (route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  if (!auth.isSignedIn()) return router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
  const permission = route.data[PERMISSION_DATA_KEY] as string | undefined;
  if (!permission || auth.hasPermission(permission)) return true;
  return router.parseUrl(firstAllowedPath((p) => auth.hasPermission(p), inject(MENU)) ?? '/forbidden');
};

/** Sign-in and sign-up are for visitors; a signed-in user goes home. */
export const guestGuard: CanActivateFn = () => {
  const auth = inject(AuthService);
  return !auth.isSignedIn() || inject(Router).parseUrl('/');
};

/** `/`: the first page the user may open. */
export const homeRedirectGuard: CanActivateFn = () => {
  const auth = inject(AuthService);
  const router = inject(Router);
  if (!auth.isSignedIn()) return router.parseUrl('/sign-in');
  return router.parseUrl(firstAllowedPath((p) => auth.hasPermission(p), inject(MENU)) ?? '/forbidden');
};
