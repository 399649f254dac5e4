/**
 * The shape of a page's route: what a taught page is remembered by, computed in the content script so that the
 * raw path (which can hold a user's id, a facility's CCN or a session token) never leaves the page.
 *
 * - Lower case; empty segments (trailing and doubled slashes) and `.` dropped; `;matrix` parameters dropped.
 * - A segment that could name a person or a record becomes `:id`: all digits, three digits in a row, a UUID or
 *   any long hex run, 12+ characters with a digit (tokens), 40+ characters, or anything but plain URL letters
 *   (`@`, `%`-encoding, `+`, `=`, …).
 * - Only the first 2,048 characters of the path and of the hash are looked at (a page controls its own URL).
 * - The query is dropped. A hash route (`#/…`, `#!/…`) is kept as a second shape after `#`; other hashes
 *   (`#main`) are dropped. At most MAX_SEGMENTS segments of each, and ROUTE_MAX characters in all.
 *
 * Kept tiny: it ships in the content script.
 */
export const MAX_SEGMENTS = 12;
/** A page controls its own URL: a huge one is cut before it is split, so shaping costs the same on every page. */
const MAX_INPUT = 2048;
const ID_LIKE = /^\d+$|\d{3}|^[0-9a-f]{8}-|[0-9a-f]{16}|^(?=.*\d).{12}|^.{40}|[^a-z0-9._~-]/;

const shape = (path: string): string =>
  '/' +
  path
    .slice(0, MAX_INPUT)
    .split('/')
    .map((s) => s.split(';')[0]!.toLowerCase())
    .filter((s) => s && s !== '.')
    .slice(0, MAX_SEGMENTS)
    .map((s) => (ID_LIKE.test(s) ? ':id' : s))
    .join('/');

export function routeShape(pathname: string, hash: string): string {
  const route = hash.slice(0, MAX_INPUT).replace(/^#!?/, '');
  let out = shape(pathname) + (route[0] === '/' ? `#${shape(route.split('?')[0]!)}` : '');
  // Fits ROUTE_MAX, which every reader holds a shape to: a path alone never reaches it (12 segments under 40
  // characters), so only a hash route loses whole segments from its end.
  while (out.length > ROUTE_MAX) out = out.slice(0, out.lastIndexOf('/'));
  return out;
}

/** What a route shape looks like (checked wherever one arrives: a report, storage, an import file). */
export const ROUTE_SHAPE = /^\/(?:[a-z0-9._~:-]+(?:\/[a-z0-9._~:-]+)*)?(?:#\/(?:[a-z0-9._~:-]+(?:\/[a-z0-9._~:-]+)*)?)?$/;
export const ROUTE_MAX = 700;

/** A string that is already a route shape (and so shapes to itself). */
export function isRouteShape(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > ROUTE_MAX || !ROUTE_SHAPE.test(value)) return false;
  const [path, hash] = value.split('#');
  return routeShape(path!, hash === undefined ? '' : `#${hash}`) === value;
}
