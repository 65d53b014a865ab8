// consoleFetch and friends. The console adds CSRF and impersonation headers and a user-settings
// aware timeout; here the host's server adds the user's bearer token, so a plain fetch suffices.

export class HttpError extends Error {
  constructor(
    message: string,
    public code?: number,
    public response?: Response,
    public json?: unknown,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

const errorFrom = async (response: Response): Promise<HttpError> => {
  let json: { message?: string } | undefined;
  let text = '';
  try {
    text = await response.clone().text();
    json = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return new HttpError(
    json?.message || text || response.statusText,
    response.status,
    response,
    json,
  );
};

export const consoleFetch = async (
  url: string,
  options: RequestInit = {},
  timeout = 60_000,
): Promise<Response> => {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  options.signal?.addEventListener('abort', () => controller.abort());
  try {
    const response = await fetch(url, {
      credentials: 'same-origin',
      ...options,
      signal: controller.signal,
      headers: { Accept: 'application/json', ...(options.headers as Record<string, string>) },
    });
    if (!response.ok) throw await errorFrom(response);
    return response;
  } finally {
    clearTimeout(timer);
  }
};

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const fetchJSON = async (
  url: string,
  method: Method = 'GET',
  options: RequestInit = {},
  timeout?: number,
): Promise<unknown> => {
  const response = await consoleFetch(url, { ...options, method }, timeout);
  const text = await response.text();
  return text ? JSON.parse(text) : {};
};

const withBody =
  (method: Method, contentType = 'application/json') =>
  (url: string, json: unknown, options: RequestInit = {}, timeout?: number) =>
    fetchJSON(
      url,
      method,
      {
        ...options,
        headers: { 'Content-Type': contentType, ...(options.headers as Record<string, string>) },
        body: json === undefined ? undefined : JSON.stringify(json),
      },
      timeout,
    );

export const consoleFetchJSON = Object.assign(fetchJSON, {
  delete: (url: string, json?: unknown, options: RequestInit = {}, timeout?: number) =>
    json === undefined
      ? fetchJSON(url, 'DELETE', options, timeout)
      : withBody('DELETE')(url, json, options, timeout),
  post: withBody('POST'),
  put: withBody('PUT'),
  patch: withBody('PATCH', 'application/json-patch+json'),
});

export const consoleFetchText = async (
  url: string,
  options: RequestInit = {},
  timeout?: number,
): Promise<string> => (await consoleFetch(url, options, timeout)).text();
