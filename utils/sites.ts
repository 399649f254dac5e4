/** The only place hostnames and match patterns live. */
export const SITES = {
  harp: 'harp.cms.gov',
  iqies: 'iqies.cms.gov',
} as const;

export type SiteId = keyof typeof SITES;
/** The site ids, for schemas (Object.keys types its result as string[]). */
export const SITE_IDS = Object.keys(SITES) as [SiteId, ...SiteId[]];

export const CONTENT_MATCHES: string[] = Object.values(SITES).map((host) => `https://${host}/*`);

/** Which guided site a URL belongs to; only https on the exact hosts counts. */
export function siteOfUrl(url: string | undefined | null): SiteId | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  return siteOfHost(parsed.hostname);
}

export function siteOfHost(host: string): SiteId | null {
  const h = host.toLowerCase();
  return SITE_IDS.find((id) => SITES[id] === h) ?? null;
}

export const SITE_NAMES: Record<SiteId, string> = { harp: 'HARP', iqies: 'iQIES' };

export function siteHome(site: SiteId): string {
  return `https://${SITES[site]}/`;
}
