import type { RouteObject } from 'react-router';

/**
 * Each area of the console adds its routes here (lazy, so each is its own chunk):
 * forums, series, venues, concerns, invitations, partners.
 */
export const areaRoutes: RouteObject[] = [];
