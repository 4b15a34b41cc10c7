/** The one application error: a stable code the client translates, an HTTP status, and a field. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly details: { field?: string; issues?: { field: string; message: string }[] } & Record<
      string,
      unknown
    > = {},
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', 404, `${what} not found`);
export const forbidden = (permission: string) =>
  new AppError('FORBIDDEN', 403, `Missing permission ${permission}`, { permission });
export const validationFailed = (field: string, message: string) =>
  new AppError('VALIDATION_FAILED', 400, `${field}: ${message}`, {
    field,
    issues: [{ field, message }],
  });
export const conflict = (code: string, message: string, field?: string) =>
  new AppError(code, 409, message, field ? { field } : {});
export const unauthenticated = () => new AppError('UNAUTHENTICATED', 401, 'Login required');
