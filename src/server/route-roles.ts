import type { Role } from '../core/accounts/role.js';
import { isApiPath } from './dashboard.js';

/** Who may call a route: anyone, or a signed-in user holding at least a role. */
export type Access = 'public' | Role;

/**
 * The one table of what each route needs, keyed by method and route pattern as registered.
 * Reads need a viewer: once a store has accounts, its record is for its team. A route not
 * listed here needs a viewer to read and an admin to write (`accessOf`), so a new route is
 * never open by mistake.
 */
export const ROUTE_ROLES: Readonly<Record<string, Access>> = {
  'GET /api/health': 'public',
  'GET /api/head': 'public',
  'GET /login': 'public',
  'POST /login': 'public',
  'GET /api/session': 'public',
  'POST /api/session/logout': 'public',
  // The API's description holds no record, as the browsable docs at /api/docs do not.
  'GET /openapi.json': 'public',

  'GET /api/sources': 'viewer',
  'GET /api/documents': 'viewer',
  'GET /api/documents/:id': 'viewer',
  'GET /api/claims': 'viewer',
  'GET /api/claims/:id': 'viewer',
  'GET /api/agreements': 'viewer',
  'GET /api/agreements/:id': 'viewer',
  'GET /api/agreements/:id/versions': 'viewer',
  'GET /api/agreements/:id/evaluation': 'viewer',
  'GET /api/agreements/:id/evaluation/cells/:norm/:period': 'viewer',
  'GET /api/agreements/:id/diff': 'viewer',
  'GET /api/events': 'viewer',
  'GET /api/export': 'viewer',
  'GET /api/verify': 'viewer',
  'GET /api/audit': 'viewer',
  'GET /api/search': 'viewer',
  // Validating an agreement writes nothing; extraction records nothing either.
  'POST /api/agreements/validate': 'viewer',
  'POST /api/extract': 'analyst',

  'POST /api/sources': 'analyst',
  'POST /api/documents': 'analyst',
  'PATCH /api/claims/:id': 'analyst',
  'POST /api/claims': 'analyst',
  'POST /api/claims/merge': 'analyst',
  'POST /api/claims/:id/split': 'analyst',
  'POST /api/claims/:id/reattribute': 'analyst',
  // A draft records nothing, but reads a document for someone about to write a claim.
  'POST /api/documents/:id/draft-claim': 'analyst',
  'POST /api/claims/:id/retract': 'analyst',
  'PUT /api/claims/:id/agreements/:agreement': 'analyst',
  'DELETE /api/claims/:id/agreements/:agreement': 'analyst',
  'PUT /api/documents/:id/agreements/:agreement': 'analyst',
  'DELETE /api/documents/:id/agreements/:agreement': 'analyst',

  'POST /api/claims/:id/review': 'reviewer',

  'POST /api/agreements': 'admin',
  // A bundle brings agreements and reviews as well as claims, so importing is an admin's act.
  'POST /api/import': 'admin',
};

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * What a request to a route needs. Pages, the dashboard's files and the API's own description
 * are public: they hold no record, and the dashboard asks for sign-in when the API says 401.
 */
export function accessOf(method: string, routeUrl: string | undefined): Access {
  if (routeUrl === undefined) return 'public'; // no such route: a 404 says nothing
  const listed = ROUTE_ROLES[`${method === 'HEAD' ? 'GET' : method} ${routeUrl}`];
  if (listed !== undefined) return listed;
  if (!isApiPath(routeUrl) || routeUrl.startsWith('/api/docs')) return 'public';
  return READS.has(method) ? 'viewer' : 'admin';
}
