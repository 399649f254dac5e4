/** The only place hostnames and match patterns live. */
export const SITES = {
  harp: 'harp.cms.gov',
  iqies: 'iqies.cms.gov',
} as const;

export type SiteId = keyof typeof SITES;

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
  for (const [id, siteHost] of Object.entries(SITES) as [SiteId, string][]) {
    if (h === siteHost) return id;
  }
  return null;
}

export const SITE_NAMES: Record<SiteId, string> = { harp: 'HARP', iqies: 'iQIES' };

export function siteHome(site: SiteId): string {
  return `https://${SITES[site]}/`;
}
