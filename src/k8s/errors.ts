// What the console's API calls and watches fail with, read one way everywhere: the SDK's HttpError
// carries the HTTP status in `code` (a raw fetch response in `response.status`, a Status body in
// `json.code`) and the server's text in `message`.

/** The HTTP status of a failed call or watch, when it has one. */
export const httpStatusOf = (error: unknown): number | undefined => {
  const e = error as { code?: number; json?: { code?: number }; response?: { status?: number } };
  return e?.code ?? e?.json?.code ?? e?.response?.status;
};

/** RBAC said no (403). An admission webhook's refusal is a 403 too: save-resource tells them apart. */
export const isForbidden = (error: unknown): boolean => httpStatusOf(error) === 403;

/** The text of an error from a watch or an API call, as the server wrote it. */
export const errorMessage = (error: unknown): string =>
  error instanceof Error
    ? error.message
    : typeof error === 'string'
      ? error
      : error !== null && typeof error === 'object'
        ? JSON.stringify(error)
        : String(error);
