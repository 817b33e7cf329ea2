import type { Middleware } from 'openapi-fetch';

/** The cookie the server sets with the token, and the header it expects the token back in. */
const CSRF_COOKIE = 'truce-csrf';
const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function cookieValue(name: string): string | undefined {
  if (typeof document === 'undefined') return undefined;
  for (const pair of document.cookie.split(';')) {
    const [key, ...value] = pair.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/**
 * Sends the CSRF token with every write (double-submit cookie): a page on another site can make
 * the browser send the cookie, but cannot read it to echo it in a header.
 */
export const csrfMiddleware: Middleware = {
  onRequest({ request }) {
    if (SAFE_METHODS.has(request.method)) return undefined;
    const token = cookieValue(CSRF_COOKIE);
    if (token !== undefined) request.headers.set(CSRF_HEADER, token);
    return request;
  },
};
