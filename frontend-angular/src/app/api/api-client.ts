import { HttpClient, HttpParams, HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

type QueryValue = string | number | boolean | null | undefined;

/**
 * Thin typed wrapper over HttpClient. The API is served from the SPA's origin, so paths are absolute
 * ('/api/...'); the response type comes from api/models.ts, i.e. from the generated OpenAPI schema.
 */
@Injectable({ providedIn: 'root' })
export class ApiClient {
  private readonly http = inject(HttpClient);

  get<T>(path: string, query?: Record<string, QueryValue>): Observable<T> {
    return this.http.get<T>(path, { params: toParams(query) });
  }

  post<T>(path: string, body: unknown = {}): Observable<T> {
    return this.http.post<T>(path, body);
  }

  put<T>(path: string, body: unknown): Observable<T> {
    return this.http.put<T>(path, body);
  }

  delete(path: string): Observable<void> {
    return this.http.delete<void>(path);
  }

  /** A binary download (PDF): the bearer token goes along like on any API call; the caller saves it via an object URL. */
  download(path: string): Observable<HttpResponse<Blob>> {
    return this.http.get(path, { responseType: 'blob', observe: 'response' });
  }
}

/** Encodes one path segment ('/api/tenant/members/' + seg(id)). */
export function seg(value: string): string {
  return encodeURIComponent(value);
}

function toParams(query?: Record<string, QueryValue>): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== null && value !== undefined && value !== '') params = params.set(key, String(value));
  }
  return params;
}
