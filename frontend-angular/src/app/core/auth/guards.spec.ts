import { computed, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, Router, RouterStateSnapshot, UrlTree, provideRouter } from '@angular/router';
import { beforeEach, describe, expect, it } from 'vitest';
import type { MeDto } from '../../api/models';
import { MENU, buildMenu } from '../navigation/menu';
import { AuthService } from './auth.service';
import { authGuard, guestGuard, homeRedirectGuard, permissionGuard } from './guards';
import { Permissions } from './permissions';

class FakeAuth {
  readonly me = signal<MeDto | null>(null);
  readonly isSignedIn = computed(() => this.me() !== null);
  hasPermission(p: string) {
    return this.me()?.permissions.includes(p) ?? false;
  }
  signInAs(...permissions: string[]) {
    this.me.set({ userId: 'u1', email: 'a@b.c', name: 'A', tenantId: null, tenantName: null, kind: 'Tenant', roles: [], permissions });
  }
}

// A few pages of the real menu (features contribute theirs; see app.menu.spec.ts for the combined one).
const menu = buildMenu([
  {
    area: 'portal',
    order: 10,
    labelKey: 'nav.overview',
    icon: 'dashboard',
    path: '/portal/overview',
    permission: Permissions.profileView,
    testId: 'nav-overview',
  },
  {
    area: 'portal',
    order: 100,
    labelKey: 'nav.members',
    icon: 'team',
    path: '/portal/members',
    permission: Permissions.membersView,
    testId: 'nav-members',
  },
  {
    area: 'console',
    order: 10,
    labelKey: 'nav.verificationQueue',
    icon: 'audit',
    path: '/console/verification-queue',
    permission: Permissions.verificationReview,
    testId: 'nav-verification-queue',
  },
  {
    area: 'console',
    order: 20,
    labelKey: 'nav.tenants',
    icon: 'bank',
    path: '/console/tenants',
    permission: Permissions.tenantsView,
    testId: 'nav-tenants',
  },
  {
    area: 'console',
    order: 110,
    labelKey: 'nav.planEditor',
    icon: 'profile',
    path: '/console/plans',
    permission: Permissions.plansManage,
    testId: 'nav-plan-editor',
  },
]);

describe('route guards', () => {
  let auth: FakeAuth;
  let router: Router;

  beforeEach(() => {
    auth = new FakeAuth();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: AuthService, useValue: auth }, { provide: MENU, useValue: menu }],
    });
    router = TestBed.inject(Router);
  });

  const route = (permission?: string) => ({ data: permission ? { permission } : {} }) as unknown as ActivatedRouteSnapshot;
  const state = (url: string) => ({ url }) as RouterStateSnapshot;
  const run = (guard: typeof permissionGuard, permission?: string, url = '/x') =>
    TestBed.runInInjectionContext(() => guard(route(permission), state(url)));
  const asUrl = (result: unknown) => (result instanceof UrlTree ? router.serializeUrl(result) : result);

  it('sends visitors to sign-in, keeping where they wanted to go', () => {
    expect(asUrl(run(authGuard, undefined, '/portal/members'))).toBe('/sign-in?returnUrl=%2Fportal%2Fmembers');
    expect(asUrl(run(permissionGuard, Permissions.membersView, '/portal/members'))).toBe('/sign-in?returnUrl=%2Fportal%2Fmembers');
  });

  it('lets a user with the permission in', () => {
    auth.signInAs(Permissions.membersView);
    expect(run(permissionGuard, Permissions.membersView)).toBe(true);
  });

  it('redirects a user without the permission to the first page they may open', () => {
    auth.signInAs(Permissions.profileView);
    expect(asUrl(run(permissionGuard, Permissions.plansManage))).toBe('/portal/overview');
  });

  it('redirects to /forbidden when the user may open no page at all', () => {
    auth.signInAs();
    expect(asUrl(run(permissionGuard, Permissions.plansManage))).toBe('/forbidden');
    expect(asUrl(run(homeRedirectGuard))).toBe('/forbidden');
  });

  it('sends a provider admin home to the console', () => {
    auth.signInAs(Permissions.tenantsView, Permissions.verificationReview, Permissions.plansManage);
    expect(asUrl(run(homeRedirectGuard))).toBe('/console/verification-queue');
  });

  it('keeps signed-in users away from the sign-in page', () => {
    expect(run(guestGuard)).toBe(true);
    auth.signInAs(Permissions.profileView);
    expect(asUrl(run(guestGuard))).toBe('/');
  });
});
