import { HttpClient, HttpContext, HttpContextToken, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';

/** Marks requests the auth interceptor must leave alone (the token endpoint itself). */
export const SKIP_AUTH = new HttpContextToken<boolean>(() => false);

export const API_SCOPE = 'api offline_access';

/** OAuth token endpoint's answer (OpenIddict; not part of the OpenAPI document). */
export interface TokenResponse {
  access_token: string;
  token_type: string;
  expires_in: number;
  refresh_token?: string;
}

/** OAuth 2 token endpoint (OpenIddict): password grant for people, refresh_token to renew. */
@Injectable({ providedIn: 'root' })
export class TokenApi {
  private readonly http = inject(HttpClient);

  password(username: string, password: string) {
    return this.request({ grant_type: 'password', username, password, scope: API_SCOPE });
  }

  refresh(refreshToken: string) {
    return this.request({ grant_type: 'refresh_token', refresh_token: refreshToken });
  }

  private request(form: Record<string, string>) {
    return this.http.post<TokenResponse>('/connect/token', new HttpParams({ fromObject: form }).toString(), {
      headers: new HttpHeaders({ 'Content-Type': 'application/x-www-form-urlencoded' }),
      context: new HttpContext().set(SKIP_AUTH, true),
    });
  }
}
