import { errorMessage, httpStatusOf, isForbidden } from './errors';

/** The SDK's HttpError: a message and the status in `code`. */
const httpError = (message: string, code: number) => Object.assign(new Error(message), { code });

describe('httpStatusOf and isForbidden', () => {
  it('read the status wherever the console puts it', () => {
    expect(httpStatusOf(httpError('forbidden', 403))).toBe(403);
    expect(httpStatusOf({ json: { code: 409 } })).toBe(409);
    expect(httpStatusOf({ response: { status: 404 } })).toBe(404);
    expect(httpStatusOf(new Error('network down'))).toBeUndefined();
    expect(httpStatusOf(undefined)).toBeUndefined();
  });

  it('say forbidden for a 403 only', () => {
    expect(isForbidden(httpError('services is forbidden', 403))).toBe(true);
    expect(isForbidden({ response: { status: 403 } })).toBe(true);
    expect(isForbidden(httpError('not found', 404))).toBe(false);
    expect(isForbidden(undefined)).toBe(false);
  });
});

describe('errorMessage', () => {
  it('gives the server’s text verbatim, whatever shape the error has', () => {
    expect(errorMessage(httpError('pools "web" is forbidden', 403))).toBe(
      'pools "web" is forbidden',
    );
    expect(errorMessage('timed out')).toBe('timed out');
    expect(errorMessage({ reason: 'NotFound' })).toBe('{"reason":"NotFound"}');
    expect(errorMessage(undefined)).toBe('undefined');
  });
});
