import { describe, expect, it } from 'vitest';
import { MAX_SEGMENTS, ROUTE_MAX, isRouteShape, routeShape } from '@/utils/steps/route-shape';

/** [pathname, hash, shape]: the normalisation rules, by example (also the table in docs/users.md). */
const EXAMPLES: [string, string, string][] = [
  // Case, trailing and doubled slashes.
  ['/Register/Profile-Info/', '', '/register/profile-info'],
  ['//register///profile-info', '', '/register/profile-info'],
  ['/', '', '/'],
  ['', '', '/'],
  // Numbers: any all-digit segment, and any segment with three digits in a row (a CCN, a user number).
  ['/portal/facility/015432/requests', '', '/portal/facility/:id/requests'],
  ['/user/42/profile', '', '/user/:id/profile'],
  ['/ccn-01a123/edit', '', '/:id/edit'],
  ['/mds-3/v2/edit', '', '/mds-3/v2/edit'],
  ['/ccn-015432/edit', '', '/:id/edit'],
  ['/step2/mds3', '', '/step2/mds3'],
  // UUIDs and hex runs.
  ['/request/3f2b8c1e-9a4d-4e6f-8b2a-1c3d5e7f9a0b/status', '', '/request/:id/status'],
  ['/request/DEADBEEFdeadbeef/status', '', '/request/:id/status'],
  // Tokens: 12+ characters with a digit, or 40+ characters of anything (long route words stay).
  ['/reset/aZ9kQ2xLm4Pw', '', '/reset/:id'],
  ['/reset/averyveryverylongwordwithoutanydigitsinitatall', '', '/reset/:id'],
  ['/registration-confirmation', '', '/registration-confirmation'],
  // Anything but plain URL letters: e-mail addresses, encoded names, matrix parameters.
  ['/users/jane.doe@example.org/roles', '', '/users/:id/roles'],
  ['/users/Jane%20Doe/roles', '', '/users/:id/roles'],
  ['/login;jsessionid=ABC123XYZ', '', '/login'],
  // The query is never part of a shape (pathname never holds it); hash routes are kept as shapes, other hashes dropped.
  ['/portal/', '#/request/role?ccn=015432', '/portal#/request/role'],
  ['/portal', '#!/Users/123456/Edit/', '/portal#/users/:id/edit'],
  ['/portal', '#main-content', '/portal'],
  ['/portal', '#/', '/portal#/'],
];

describe('route shapes', () => {
  it.each(EXAMPLES)('%s %s → %s', (path, hash, shape) => {
    expect(routeShape(path, hash)).toBe(shape);
    expect(isRouteShape(shape)).toBe(true);
    // A shape shapes to itself: normalising twice changes nothing.
    const [p, h] = shape.split('#');
    expect(routeShape(p!, h === undefined ? '' : `#${h}`)).toBe(shape);
  });

  it(`keeps at most ${MAX_SEGMENTS} segments of a path and of a hash route`, () => {
    const long = '/a'.repeat(50);
    const shape = routeShape(long, `#${long}`);
    expect(shape).toBe(`${'/a'.repeat(MAX_SEGMENTS)}#${'/a'.repeat(MAX_SEGMENTS)}`);
    expect(isRouteShape(shape)).toBe(true);
  });

  it('refuses strings that are not shapes (raw paths, ids left in, queries, junk)', () => {
    for (const bad of ['', 'portal', '/portal/', '/Portal', '/user/123456', '/a?b=c', '/a#b', '/a//b', '/a/%20', 42, null, `/${'a/'.repeat(400)}a`]) {
      expect(isRouteShape(bad), String(bad)).toBe(false);
    }
  });

  it('a huge URL (the page controls its own) is shaped from its first 2,048 characters', () => {
    const huge = `/a/${'b'.repeat(2_000_000)}`;
    expect(routeShape(huge, `#/${'c/'.repeat(1_000_000)}`)).toBe(`/a/:id#${'/c'.repeat(MAX_SEGMENTS)}`);
  });

  it(`always fits the ${ROUTE_MAX}-character limit its readers hold it to: the longest path and hash route still make a shape`, () => {
    // 12 segments of 39 plain letters (no hex run; one short of a token) in the path and again in a hash route: ~960 characters raw.
    const seg = (c: string) => `/${c.repeat(39)}`;
    const path = Array.from({ length: MAX_SEGMENTS }, (_, i) => seg(String.fromCharCode(103 + i))).join('');
    const shape = routeShape(path, `#${path}`);
    expect(shape.length).toBeLessThanOrEqual(ROUTE_MAX);
    expect(isRouteShape(shape)).toBe(true);
    // The path is kept whole; the hash route loses whole segments from its end, never part of one.
    expect(shape.startsWith(`${path}#${path.slice(0, 200)}`)).toBe(true);
    expect(`${path}#${path}`.startsWith(shape)).toBe(true);
    expect(`${path}#${path}/`.charAt(shape.length)).toBe('/');
  });
});
