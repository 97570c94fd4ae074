// The browser's one door to the server: JSON over fetch, errors turned into ApiRequestError with the
// server's code (or NETWORK when the server cannot be reached).
import type { ApiError, ApiErrorCode } from '../../../core/api-types.ts';

export type ClientErrorCode = ApiErrorCode | 'NETWORK';

export class ApiRequestError extends Error {
  readonly code: ClientErrorCode;
  readonly status: number;
  constructor(code: ClientErrorCode, status: number, message: string) {
    super(message);
    this.name = 'ApiRequestError';
    this.code = code;
    this.status = status;
  }
}

function isApiError(body: unknown): body is ApiError {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = (body as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

/** An access token given once as ?token=… (when the server listens beyond 127.0.0.1). */
function authHeaders(): Record<string, string> {
  const token = new URLSearchParams(window.location.search).get('token') ?? window.sessionStorage.getItem('ftz-token');
  if (!token) return {};
  window.sessionStorage.setItem('ftz-token', token);
  return { authorization: `Bearer ${token}` };
}

export async function request(path: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { ...authHeaders(), ...(init.headers ?? {}) } });
  } catch (cause) {
    throw new ApiRequestError('NETWORK', 0, cause instanceof Error ? cause.message : String(cause));
  }
  if (response.ok) return response;
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (isApiError(body)) throw new ApiRequestError(body.error.code, response.status, body.error.message);
  throw new ApiRequestError(
    response.status >= 500 ? 'INTERNAL' : 'BAD_REQUEST',
    response.status,
    `HTTP ${response.status}`,
  );
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await request(path, { signal });
  return (await response.json()) as T;
}

export async function sendJson<T>(
  method: 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  const init: RequestInit = { method, signal };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { 'content-type': 'application/json' };
  }
  const response = await request(path, init);
  const text = await response.text();
  return (text ? JSON.parse(text) : null) as T;
}
