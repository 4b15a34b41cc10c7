import { ApiError, apiErrorFromBody } from './api-error.ts';
import { buildUrl, type QueryParams } from './client.ts';

export type UploadOutcome<T> = { ok: true; data: T } | { ok: false; error: ApiError; body: unknown };

/**
 * POSTs one file as multipart field 'file'. The shared client speaks JSON only and keeps just the
 * error code; imports need the whole error body (its `rows`), so this returns it alongside.
 */
export async function postFile<T>(
  path: string,
  file: File,
  csrfToken: string,
  query?: QueryParams,
): Promise<UploadOutcome<T>> {
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), {
      method: 'POST',
      headers: { accept: 'application/json', 'x-csrf-token': csrfToken },
      credentials: 'include',
      body: form,
    });
  } catch (cause) {
    return {
      ok: false,
      error: new ApiError({ status: 0, code: 'NETWORK_ERROR', message: String(cause) }),
      body: null,
    };
  }
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!response.ok) return { ok: false, error: apiErrorFromBody(response.status, body), body };
  // The caller names the type; the server's contract guarantees the shape.
  return { ok: true, data: body as T };
}
