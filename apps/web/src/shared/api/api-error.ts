export type ApiIssue = { field: string; message: string };

type ApiErrorInit = {
  status: number;
  code: string;
  message: string;
  field?: string | undefined;
  issues?: ApiIssue[] | undefined;
  requestId?: string | undefined;
  details?: Record<string, unknown> | undefined;
};

/** A failed API call, carrying the server's stable error code for translation. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;
  readonly issues: ApiIssue[];
  readonly requestId: string | undefined;
  /** The whole error object, for codes that carry more (e.g. `readiness`, import `rows`). */
  readonly details: Record<string, unknown>;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.field = init.field;
    this.issues = init.issues ?? [];
    this.requestId = init.requestId;
    this.details = init.details ?? {};
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function asIssues(value: unknown): ApiIssue[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((item: unknown) =>
    isRecord(item) && typeof item.field === 'string' && typeof item.message === 'string'
      ? [{ field: item.field, message: item.message }]
      : [],
  );
}

/** Builds an ApiError from a response body, tolerating proxies that answer with HTML or nothing. */
export function apiErrorFromBody(status: number, body: unknown): ApiError {
  const error = isRecord(body) && isRecord(body.error) ? body.error : undefined;
  if (!error) {
    return new ApiError({
      status,
      code: status === 401 ? 'UNAUTHENTICATED' : status >= 500 ? 'INTERNAL' : 'HTTP_ERROR',
      message: `HTTP ${status}`,
    });
  }
  return new ApiError({
    status,
    code: typeof error.code === 'string' ? error.code : 'INTERNAL',
    message: typeof error.message === 'string' ? error.message : `HTTP ${status}`,
    field: typeof error.field === 'string' ? error.field : undefined,
    issues: asIssues(error.issues),
    requestId: typeof error.requestId === 'string' ? error.requestId : undefined,
    details: error,
  });
}
