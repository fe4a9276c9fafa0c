import { HttpErrorResponse } from '@angular/common/http';

/** An API failure reduced to what the UI shows. */
export interface ApiError {
  /** HTTP status; 0 when the server could not be reached. */
  status: number;
  /** Stable business code from the problem details (`Tenants:MemberLimitReached`), or the OAuth `error`. */
  code: string | null;
  /** The best human text the server gave (detail, then title, then OAuth error_description). */
  message: string | null;
  /** Field name (as the server spelled it) → messages. */
  fieldErrors: Record<string, string[]>;
}

interface ProblemLike {
  title?: unknown;
  detail?: unknown;
  code?: unknown;
  errors?: unknown;
  error?: unknown;
  error_description?: unknown;
}

/** Reads RFC 9457 problem details, OAuth token errors and transport failures alike. */
export function toApiError(error: unknown): ApiError {
  if (!(error instanceof HttpErrorResponse)) {
    return { status: -1, code: null, message: error instanceof Error ? error.message : null, fieldErrors: {} };
  }
  const body = parseBody(error.error);
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);
  return {
    status: error.status,
    code: text(body?.code) ?? text(body?.error),
    message: text(body?.detail) ?? text(body?.title) ?? text(body?.error_description),
    fieldErrors: readFieldErrors(body?.errors),
  };
}

/** All field messages flattened, e.g. for a toast when the form has no matching control. */
export function fieldMessages(apiError: ApiError): string[] {
  return Object.values(apiError.fieldErrors).flat();
}

/**
 * Normalizes a server field name to the form's control path: `AdminEmail` → `adminemail`,
 * `InvoiceProfile.Name` / `invoiceProfile.name` / `$.invoiceProfile.name` → `invoiceprofile.name`.
 */
export function normalizeFieldName(field: string): string {
  return field
    .replace(/^\$\.?/, '')
    .replace(/^(request|body|command)\./i, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .toLowerCase();
}

function parseBody(body: unknown): ProblemLike | null {
  if (typeof body === 'string') {
    try {
      return JSON.parse(body) as ProblemLike;
    } catch {
      return null;
    }
  }
  return body && typeof body === 'object' ? (body as ProblemLike) : null;
}

function readFieldErrors(errors: unknown): Record<string, string[]> {
  if (!errors || typeof errors !== 'object' || Array.isArray(errors)) return {};
  const result: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(errors as Record<string, unknown>)) {
    const list = (Array.isArray(messages) ? messages : [messages]).filter((m): m is string => typeof m === 'string' && m.length > 0);
    if (list.length) result[field] = list;
  }
  return result;
}
