import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { Router } from '@angular/router';
import { Observable, finalize, firstValueFrom, map, shareReplay, tap, throwError } from 'rxjs';
import { ApiClient } from '../../api/api-client';
import type { MeDto } from '../../api/models';
import { TokenApi } from './token.api';
import { TokenStore } from './token-store';

/** The signed-in user: tokens, profile from GET /api/me and the permission set derived from it. */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly tokenApi = inject(TokenApi);
  private readonly store = inject(TokenStore);
  private readonly api = inject(ApiClient);
  private readonly router = inject(Router);
  private refreshInFlight: Observable<string> | null = null;

  private readonly meState = signal<MeDto | null>(null);
  readonly me = this.meState.asReadonly();
  readonly isSignedIn = computed(() => this.meState() !== null);
  readonly permissions = computed(() => new Set(this.meState()?.permissions ?? []));

  hasPermission(permission: string): boolean {
    return this.permissions().has(permission);
  }

  /** Password grant, then load the profile. Errors are the raw HttpErrorResponse (see errors/). */
  async signIn(email: string, password: string): Promise<MeDto> {
    const response = await firstValueFrom(this.tokenApi.password(email.trim(), password));
    this.store.save(response);
    return this.loadMe();
  }

  async loadMe(): Promise<MeDto> {
    const me = await firstValueFrom(this.api.get('/api/me'));
    this.meState.set(me);
    return me;
  }

  /** On start-up: resume a stored session; a dead one is dropped quietly. */
  async restore(): Promise<void> {
    if (!this.store.tokens()) return;
    try {
      await this.loadMe();
    } catch (error) {
      if (error instanceof HttpErrorResponse && (error.status === 401 || error.status === 403)) this.store.clear();
    }
  }

  signOut(returnUrl?: string): void {
    this.store.clear();
    this.meState.set(null);
    void this.router.navigate(['/sign-in'], { queryParams: returnUrl ? { returnUrl } : {} });
  }

  /** The current access token if it is still fresh; null if there is none or it needs a refresh. */
  freshAccessToken(): string | null {
    return this.store.isAccessTokenFresh() ? (this.store.tokens()?.accessToken ?? null) : null;
  }

  /** The stored access token (possibly stale), e.g. for links that carry it in the query. */
  readonly accessToken = computed(() => this.store.tokens()?.accessToken ?? null);

  hasSession(): boolean {
    return this.store.tokens() !== null;
  }

  canRefresh(): boolean {
    return !!this.store.tokens()?.refreshToken;
  }

  /** Exchanges the refresh token once, shared by all requests that need it at the same moment. */
  refresh(): Observable<string> {
    const refreshToken = this.store.tokens()?.refreshToken;
    if (!refreshToken) return throwError(() => new Error('No refresh token'));
    this.refreshInFlight ??= this.tokenApi.refresh(refreshToken).pipe(
      tap((response) => this.store.save(response)),
      map((response) => response.access_token),
      finalize(() => (this.refreshInFlight = null)),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.refreshInFlight;
  }

  /** The session cannot be renewed: drop it and ask the user to sign in again. */
  expireSession(): void {
    if (!this.hasSession()) return;
    this.signOut(this.router.url.startsWith('/sign-in') ? undefined : this.router.url);
  }
}
