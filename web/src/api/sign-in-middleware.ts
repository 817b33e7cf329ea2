import type { Middleware } from 'openapi-fetch';

/**
 * Signed out, or the session ended: go to the sign-in page, which brings the user back to the
 * view they were on.
 */
export const signInMiddleware: Middleware = {
  onResponse({ response }) {
    if (response.status === 401 && typeof location !== 'undefined') {
      const here = `${location.pathname}${location.search}${location.hash}`;
      location.assign(`/login?next=${encodeURIComponent(here)}`);
    }
    return undefined;
  },
};
