import { Injectable, signal } from '@angular/core';
import type { TokenResponse } from './token.api';

export interface StoredTokens {
  accessToken: string;
  refreshToken: string | null;
  /** Epoch milliseconds at which the access token stops being accepted. */
  expiresAt: number;
}

const STORAGE_KEY = 'dp.tokens';
/** Refresh a little early so a token does not expire between the check and the server. */
const EXPIRY_MARGIN_MS = 30_000;

/** Access and refresh tokens, kept in localStorage so a reload stays signed in. */
@Injectable({ providedIn: 'root' })
export class TokenStore {
  private readonly state = signal<StoredTokens | null>(read());
  readonly tokens = this.state.asReadonly();

  save(response: TokenResponse, now = Date.now()): StoredTokens {
    const tokens: StoredTokens = {
      accessToken: response.access_token,
      // a refresh grant may not rotate the refresh token: keep the one we have
      refreshToken: response.refresh_token ?? this.state()?.refreshToken ?? null,
      expiresAt: now + response.expires_in * 1000,
    };
    this.state.set(tokens);
    localStorage.setItem(STORAGE_KEY, JSON.stringify(tokens));
    return tokens;
  }

  clear(): void {
    this.state.set(null);
    localStorage.removeItem(STORAGE_KEY);
  }

  isAccessTokenFresh(now = Date.now()): boolean {
    const tokens = this.state();
    return !!tokens && tokens.expiresAt - EXPIRY_MARGIN_MS > now;
  }
}

function read(): StoredTokens | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    const parsed = raw ? (JSON.parse(raw) as StoredTokens) : null;
    return parsed?.accessToken ? parsed : null;
  } catch {
    return null;
  }
}
