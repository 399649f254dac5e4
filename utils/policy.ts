import * as z from 'zod/mini';
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

const PolicySchemas = {
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
  /**
   * Keys the policy sets that this guide does not know (`helpContact.<key>` inside the contact), ignored. Chrome and
   * Edge drop these (and wrong-typed values) against public/managed_schema.json before the guide can see them;
   * Firefox checks nothing, so a typo in its policies.json arrives here.
   */
  unknown?: string[];
}

const CONTACT_KEYS = ['name', 'email', 'phone'];
const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Reads what managed storage returned (anything at all) into a policy; never throws. */
export function readPolicy(raw: unknown): ReadPolicy {
  const policy: Record<string, unknown> = {};
  const ignored: PolicyKey[] = [];
  const source = isPlainObject(raw) ? raw : {};
  const unknown = Object.keys(source).filter((key) => !(POLICY_KEYS as string[]).includes(key));
  const contact = source.helpContact;
  if (isPlainObject(contact)) unknown.push(...Object.keys(contact).filter((key) => !CONTACT_KEYS.includes(key)).map((key) => `helpContact.${key}`));
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
  return { policy: read, ignored, unknown };
}

/** The organisation's contact, when the policy names one (a name, an email or a phone). */
export function orgContactOf(policy: Policy): { organizationName?: string; contact?: OrgContact } | null {
  const contact = policy.helpContact && (policy.helpContact.name || policy.helpContact.email || policy.helpContact.phone) ? policy.helpContact : undefined;
  if (!policy.organizationName && !contact) return null;
  return { organizationName: policy.organizationName, contact };
}

export const isTrackOffered = (policy: Policy, id: TrackId) => !policy.hiddenTracks?.includes(id);

/** A short, stable fingerprint of a name (FNV-1a, 32 bits, base 36): the same name always gives the same one. */
function nameHash(name: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

const slugOf = (name: string) =>
  name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40).replace(/-+$/, '');

/**
 * Workspace id for a facility the policy names: the same name always gives the same id (so two starts agree). A
 * name with no Latin letters or digits to spell an id from gets one from a fingerprint of the name, so two such
 * names never share an id.
 */
export function policyWorkspaceId(name: string): string {
  const slug = slugOf(name);
  return `org-${slug || nameHash(name.toLowerCase())}`;
}

export interface PolicyWorkspacePlan {
  /** The storage writes that create the missing workspaces. */
  set: Record<string, { name: string }>;
  /** Names the policy lists that cannot be created: their place is taken by a workspace of another name. */
  notCreated: string[];
}

/**
 * Plans the workspaces the policy names that do not exist yet (by name, case-insensitive). Each name gets its own
 * id: the first name in the list to spell a given id has it, a later one that spells the same id (e.g. "Maple
 * Court" and "Maple-Court") gets it with its fingerprint added. Existing workspaces are never renamed or removed,
 * and the active workspace is not changed; an id already used by a workspace of another name (one the user renamed,
 * say) is named in `notCreated`, so the panel can say so. Never past the most workspaces (LIMITS.workspaces), so
 * "Export all" can always be imported back: those past it are named in `notCreated` too.
 */
export function planPolicyWorkspaces(names: readonly string[], stored: Readonly<Record<string, unknown>>): PolicyWorkspacePlan {
  const existingNames = new Set<string>();
  for (const [key, value] of Object.entries(stored)) {
    if (/^ws:[^:]+:meta$/.test(key) && isPlainObject(value) && typeof value.name === 'string') {
      existingNames.add(value.name.trim().toLowerCase());
    }
  }
  const set: Record<string, { name: string }> = {};
  const notCreated: string[] = [];
  const listed = new Set<string>();
  const claimed = new Set<string>();
  let room = LIMITS.workspaces - storedWorkspaceIds(stored).size;
  for (const name of names) {
    const lower = name.toLowerCase();
    if (listed.has(lower)) continue;
    listed.add(lower);
    const base = policyWorkspaceId(name);
    const id = claimed.has(base) ? `${base}-${nameHash(lower)}` : base;
    if (claimed.has(id)) {
      notCreated.push(name);
      continue;
    }
    claimed.add(id);
    if (existingNames.has(lower)) continue;
    const key = metaKey(id);
    if (key in stored || room <= 0) notCreated.push(name);
    else {
      set[key] = { name };
      room--;
    }
  }
  return { set, notCreated };
}
