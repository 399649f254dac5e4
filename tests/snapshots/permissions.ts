import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Everything in a built manifest that grants access: compared whole against permissions.json beside this file,
 * so any widening (a permission, a host, a resource exposed to pages, a looser CSP) fails until the snapshot is
 * changed on purpose, in review. (MV2 lists host patterns in `permissions`; none are expected there.)
 */
export function accessOf(build: 'chrome-mv3' | 'firefox-mv2', outputDir = '.output'): Record<string, unknown> {
  const m = JSON.parse(readFileSync(path.join(outputDir, build, 'manifest.json'), 'utf8'));
  const sorted = (list: unknown): string[] => (Array.isArray(list) ? [...(list as string[])].sort() : []);
  const access: Record<string, unknown> = {
    permissions: sorted(m.permissions),
    optional_permissions: sorted(m.optional_permissions),
    host_permissions: sorted(m.host_permissions),
    optional_host_permissions: sorted(m.optional_host_permissions),
    content_script_matches: sorted((m.content_scripts ?? []).flatMap((c: { matches?: string[] }) => c.matches ?? [])),
    web_accessible_resources: m.web_accessible_resources ?? [],
    externally_connectable: m.externally_connectable ?? null,
    content_security_policy: m.content_security_policy ?? null,
  };
  if (build === 'firefox-mv2') access.data_collection_permissions = m.browser_specific_settings?.gecko?.data_collection_permissions ?? null;
  return access;
}

export const SNAPSHOT = JSON.parse(readFileSync(path.join(import.meta.dirname, 'permissions.json'), 'utf8')) as Record<string, unknown>;
