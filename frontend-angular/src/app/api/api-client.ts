import { HttpClient, HttpParams, HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';
import type { paths } from './schema';

/*
 * A thin layer over HttpClient typed by the generated OpenAPI `paths` (schema.d.ts): the path is one of the
 * document's path templates, the method must exist on it, and its path/query parameters, JSON body and JSON
 * response are the document's. A route, method or parameter that changes in openapi.json fails `ng build`.
 *
 *   this.api.get('/api/tenant/orders/{id}', { path: { id } })   // Observable<OrderDto>
 *
 * Requests still go through HttpClient, so the auth interceptor (bearer token, refresh on 401) and the
 * HttpErrorResponse-based error handling (core/errors) work as for any other call.
 */

export type Method = 'get' | 'put' | 'post' | 'delete';

/** The operation of a path and method; never when the document has no such method on the path. */
export type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;

/** Path templates that have the method. */
export type PathsWith<M extends Method> = { [P in keyof paths]: [Operation<P, M>] extends [never] ? never : P }[keyof paths];

type Parameters_<O> = O extends { parameters: infer X } ? X : never;
/** Optional query values may be null or empty: they are left out of the URL. */
type Nullable<T> = { [K in keyof T]: T[K] | null };

type PathOption<O> = Parameters_<O> extends { path: infer X } ? { path: X } : { path?: never };
type QueryOption<O> =
  Parameters_<O> extends { query: infer X }
    ? { query: Nullable<X> }
    : Parameters_<O> extends { query?: infer X }
      ? [NonNullable<X>] extends [never]
        ? { query?: never }
        : { query?: Nullable<NonNullable<X>> }
      : { query?: never };

type JsonContentOf<B> = [B] extends [never] ? never : B extends { content: { 'application/json': infer T } } ? T : never;
type JsonBody<O> = O extends { requestBody?: infer B } ? JsonContentOf<NonNullable<B>> : never;
type BodyOption<O> = [JsonBody<O>] extends [never]
  ? { body?: never }
  : O extends { requestBody: unknown }
    ? { body: JsonBody<O> }
    : { body?: JsonBody<O> };

/** What a call of that operation takes: `{ path, query, body }` as the operation has them. */
export type RequestOptions<O> = PathOption<O> & QueryOption<O> & BodyOption<O>;

/** Options are optional only when nothing in them is required. */
type OptionsArg<O> = Partial<RequestOptions<O>> extends RequestOptions<O> ? [options?: RequestOptions<O>] : [options: RequestOptions<O>];

type SuccessStatus = 200 | 201 | 202 | 204;
type JsonContent<R> = R extends { content: { 'application/json': infer T } } ? T : void;
/** The JSON body of the operation's success response(s); void when it has none (204, or a file). */
export type ResponseBody<O> = O extends { responses: infer R } ? JsonContent<R[Extract<keyof R, SuccessStatus>]> : never;

type QueryValue = string | number | boolean | null | undefined;
interface AnyOptions {
  path?: Record<string, string | number>;
  query?: Record<string, QueryValue>;
  body?: unknown;
}

@Injectable({ providedIn: 'root' })
export class ApiClient {
  private readonly http = inject(HttpClient);

  get<P extends PathsWith<'get'>>(path: P, ...options: OptionsArg<Operation<P, 'get'>>): Observable<ResponseBody<Operation<P, 'get'>>> {
    const o = options[0] as AnyOptions | undefined;
    return this.http.get<ResponseBody<Operation<P, 'get'>>>(toUrl(path, o), { params: toParams(o?.query) });
  }

  /** A body-less POST sends `{}`, as the endpoints have always received. */
  post<P extends PathsWith<'post'>>(path: P, ...options: OptionsArg<Operation<P, 'post'>>): Observable<ResponseBody<Operation<P, 'post'>>> {
    const o = options[0] as AnyOptions | undefined;
    return this.http.post<ResponseBody<Operation<P, 'post'>>>(toUrl(path, o), o?.body === undefined ? {} : o.body, {
      params: toParams(o?.query),
    });
  }

  put<P extends PathsWith<'put'>>(path: P, ...options: OptionsArg<Operation<P, 'put'>>): Observable<ResponseBody<Operation<P, 'put'>>> {
    const o = options[0] as AnyOptions | undefined;
    return this.http.put<ResponseBody<Operation<P, 'put'>>>(toUrl(path, o), o?.body, { params: toParams(o?.query) });
  }

  delete<P extends PathsWith<'delete'>>(path: P, ...options: OptionsArg<Operation<P, 'delete'>>): Observable<void> {
    const o = options[0] as AnyOptions | undefined;
    return this.http.delete<void>(toUrl(path, o), { params: toParams(o?.query) });
  }

  /** A binary download (PDF) by GET: the bearer token goes along like on any API call; the caller saves it via an object URL. */
  download<P extends PathsWith<'get'>>(path: P, ...options: OptionsArg<Operation<P, 'get'>>): Observable<HttpResponse<Blob>> {
    const o = options[0] as AnyOptions | undefined;
    return this.http.get(toUrl(path, o), { params: toParams(o?.query), responseType: 'blob', observe: 'response' });
  }
}

/** Fills `{name}` segments of a path template from `options.path`, each value URI-encoded. */
export function toUrl(template: string, options?: { path?: Record<string, string | number> }): string {
  return template.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = options?.path?.[name];
    if (value === undefined || value === null || value === '') throw new Error(`${template}: no value for {${name}}`);
    return encodeURIComponent(String(value));
  });
}

function toParams(query?: Record<string, QueryValue>): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== null && value !== undefined && value !== '') params = params.set(key, String(value));
  }
  return params;
}
