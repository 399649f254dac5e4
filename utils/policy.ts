import * as z from 'zod/mini';
import { ID_PATTERN } from './formats';
import { metaKey } from './progress/keys';
import { NAME_MAX } from './progress/schema';
import { LIMITS, storedWorkspaceIds } from './storage/items';
import { TRACK_IDS, TrackIdSchema } from './tracks/schema';
import type { TrackId } from './tracks/schema';

/**
 * Organisation policy: what an IT department can preset through managed storage (Chrome/Edge enterprise policy,
 * Firefox policies.json "3rdparty"). Every key is optional and checked on its own, so one wrong-shaped value is
 * ignored (and named in the panel) without losing the others. Chrome also checks values against
 * public/managed_schema.json; Firefox does not, so this is the check that counts.
 */
const TEXT_MAX = 120;
const text = z.string().check(z.trim(), z.minLength(1), z.maxLength(TEXT_MAX));

export const PolicySchemas = {
  organizationName: text,
  helpContact: z.object({
    name: z.optional(text),
    email: z.optional(z.string().check(z.trim(), z.maxLength(TEXT_MAX), z.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/))),
    phone: z.optional(z.string().check(z.trim(), z.maxLength(40), z.regex(/^[0-9 ()+.\-x]{3,40}$/i))),
  }),
  workspaces: z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(NAME_MAX))).check(z.maxLength(50)),
  defaultTrack: TrackIdSchema,
  hiddenTracks: z.array(TrackIdSchema).check(z.maxLength(TRACK_IDS.length)),
  allowNotes: z.boolean(),
  remindersDefault: z.boolean(),
} as const;

export type PolicyKey = keyof typeof PolicySchemas;
export type Policy = { [K in PolicyKey]?: z.infer<(typeof PolicySchemas)[K]> };
export type OrgContact = NonNullable<Policy['helpContact']>;

export const POLICY_KEYS = Object.keys(PolicySchemas) as PolicyKey[];

export interface ReadPolicy {
  policy: Policy;
  /** Policy keys whose value had the wrong shape and was ignored. */
  ignored: PolicyKey[];
}

/** Reads what managed storage returned (anything at all) into a policy; never throws. */
export function readPolicy(raw: unknown): ReadPolicy {
  const policy: Record<string, unknown> = {};
  const ignored: PolicyKey[] = [];
  const source = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  for (const key of POLICY_KEYS) {
    if (source[key] === undefined) continue;
    const parsed = PolicySchemas[key].safeParse(source[key]);
    if (parsed.success) policy[key] = parsed.data;
    else ignored.push(key);
  }
  const read = policy as Policy;
  // A policy that hides every track, or defaults to a hidden one, would leave the chooser with nothing to offer.
  if (read.hiddenTracks && read.hiddenTracks.length >= TRACK_IDS.length) {
    delete read.hiddenTracks;
    ignored.push('hiddenTracks');
  }
  if (read.defaultTrack && read.hiddenTracks?.includes(read.defaultTrack)) {
    delete read.defaultTrack;
    ignored.push('defaultTrack');
  }
  return { policy: read, ignored };
}

/** The organisation's contact, when the policy names one (a name, an email or a phone). */
export function orgContactOf(policy: Policy): { organizationName?: string; contact?: OrgContact } | null {
  const contact = policy.helpContact && (policy.helpContact.name || policy.helpContact.email || policy.helpContact.phone) ? policy.helpContact : undefined;
  if (!policy.organizationName && !contact) return null;
  return { organizationName: policy.organizationName, contact };
}

export const isTrackOffered = (policy: Policy, id: TrackId) => !policy.hiddenTracks?.includes(id);

/** Workspace id for a facility the policy names: the same name always gives the same id (so two starts agree). */
export function policyWorkspaceId(name: string): string {
  const slug = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');
  const id = `org-${slug || 'facility'}`;
  return ID_PATTERN.test(id) ? id : 'org-facility';
}

/**
 * The storage writes that create the workspaces the policy names and that do not exist yet (by id or by name,
 * case-insensitive). Existing workspaces are never renamed or removed, and the active workspace is not changed.
 * Never past the most workspaces (LIMITS.workspaces), so "Export all" can always be imported back.
 */
export function planPolicyWorkspaces(names: readonly string[], stored: Readonly<Record<string, unknown>>): Record<string, { name: string }> {
  const existingNames = new Set<string>();
  for (const [key, value] of Object.entries(stored)) {
    if (/^ws:[^:]+:meta$/.test(key) && value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string') {
      existingNames.add((value as { name: string }).name.trim().toLowerCase());
    }
  }
  const set: Record<string, { name: string }> = {};
  let room = LIMITS.workspaces - storedWorkspaceIds(stored).size;
  for (const name of names) {
    if (room <= 0) break;
    const key = metaKey(policyWorkspaceId(name));
    if (existingNames.has(name.toLowerCase()) || key in stored || key in set) continue;
    set[key] = { name };
    room--;
    existingNames.add(name.toLowerCase());
  }
  return set;
}
