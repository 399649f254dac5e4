import * as z from 'zod/mini';
import { ACTIVITY_KEY } from '../activity/key';
import { ID_MAX, ID_PATTERN_SOURCE, IdSchema, IsoDateSchema } from '../formats';

/**
 * Every item the extension keeps in `storage.local`, declared once: its key (or key pattern), the schema of its
 * value, what it reads as when absent, its scope, whether export carries it, whether reminders react to it, and
 * its limits. Export, import (what it clears and what its backup keeps), Undo, the import fingerprint, the
 * background's "does this change matter to reminders", the undeclared-key guard of the test suites and
 * docs/storage.md all read this list. Pure: no browser APIs (the content script's own key lives in
 * activity/key.ts, free of imports, and is declared here).
 */

/** One rule per limit: the writer keeps to it and the reader (import included) accepts everything up to it. */
export const LIMITS = {
  /** Workspaces in this browser, and in one import file (so "Export all" can always be imported back). */
  workspaces: 50,
  /** Characters of a workspace name. */
  nameChars: 60,
  /** Characters of one note (per step, per workspace; the demo's too). */
  noteChars: 2000,
  /** Characters of an id (workspace, item, track). */
  idChars: ID_MAX,
  /** Taught pages in this browser (teaching and imports both stop there). */
  taughtPages: 100,
  /** Characters of a taught page's host and route shape. */
  taughtHostChars: 100,
  taughtPathChars: 1000,
  /** Each hand-kept PSO count is a whole number from 0 to this. */
  psoCount: 999,
  /** Reminder names remembered as already shown. */
  remindersSent: 50,
  /** Characters of a bad value kept under quarantine, and of its key. */
  quarantineChars: 4000,
  quarantineKeyChars: 200,
} as const;

type Scope = 'workspace' | 'browser' | 'demo' | 'internal';

export const DEFAULT_WORKSPACE = 'default';

/* Keys of single items. */
export const VERSION_KEY = 'progress.version';
export const ACTIVE_KEY = 'settings.activeWorkspace';
export const CHOOSER_DISMISSED_KEY = 'settings.trackChooserDismissed';
export const BACKUP_KEY = 'backup.beforeImport';
export const QUARANTINE_PREFIX = 'quarantine:';
export const REMINDERS_KEY = 'settings.reminders';
export const REMINDERS_SENT_KEY = 'reminders.sent';
export const DEMO_KEY = 'demo.workspace';
export const TAUGHT_PREFIX = 'taught:';

/* Keys of per-workspace items. */
export const workspacePrefix = (ws: string) => `ws:${ws}:`;
export const tickKey = (ws: string, stepId: string, itemId: string) => `ws:${ws}:tick:${stepId}:${itemId}`;
export const metaKey = (ws: string) => `ws:${ws}:meta`;
export const trackKey = (ws: string) => `ws:${ws}:track`;
export const stepKey = (ws: string, stepId: string) => `ws:${ws}:step:${stepId}`;
export const noteKey = (ws: string, stepId: string) => `ws:${ws}:note:${stepId}`;
export const milestoneKey = (ws: string, m: string) => `ws:${ws}:milestone:${m}`;
export const taughtKey = (host: string, path: string) => `${TAUGHT_PREFIX}${host}${path}`;
export const quarantineKey = (key: string) => `${QUARANTINE_PREFIX}${key}`.slice(0, LIMITS.quarantineKeyChars);

/* Value schemas. */
const note = () => z.string().check(z.maxLength(LIMITS.noteChars));
export const TickSchema = z.object({ at: IsoDateSchema });
export const MetaSchema = z.object({ name: z.string().check(z.minLength(1), z.maxLength(LIMITS.nameChars)) });
/** Any id-shaped value is kept as stored; only a known track id is shown (utils/tracks/schema.ts). */
export const TrackSchema = z.object({ id: IdSchema });
export const StepStateSchema = z.object({ done: IsoDateSchema });
export const NoteSchema = z.object({ text: note() });
export const MilestoneSchema = z.object({ at: IsoDateSchema });
export const TaughtValueSchema = z.object({ step: z.string(), on: IsoDateSchema, fix: z.optional(z.literal(true)) });
const count = () => z.nullable(z.number().check(z.int(), z.minimum(0), z.maximum(LIMITS.psoCount)));
const PsoCountsSchema = z.object({ psos: count(), pending: count() });
export const DemoSchema = z.object({
  track: z.string(),
  ticks: z.record(z.string().check(z.maxLength(2 * LIMITS.idChars)), note()),
  steps: z.record(z.string().check(z.maxLength(LIMITS.idChars)), note()),
  notes: z.record(z.string().check(z.maxLength(LIMITS.idChars)), note()),
});

/**
 * Per-workspace values kept whole under `ws:<ws>:<name>` (one key each). Export, import, the backup, Undo and
 * deleting a workspace carry every one of them with no further code: a new one is declared here, and written and
 * read where it is shown. `repair` reads what it can of a damaged stored value (null: nothing worth keeping).
 */
export const WORKSPACE_VALUES = {
  'pso-duties': {
    schema: PsoCountsSchema,
    what: "The PSO's two hand-kept counts (PSOs at the facility, requests waiting)",
    limit: `each a whole number 0–${LIMITS.psoCount}, or null (not entered)`,
    repair: (raw: unknown): unknown => {
      const c = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= LIMITS.psoCount ? v : null);
      const r = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
      const out = { psos: c(Object.hasOwn(r, 'psos') ? r.psos : null), pending: c(Object.hasOwn(r, 'pending') ? r.pending : null) };
      return out.psos === null && out.pending === null ? null : out;
    },
  },
} as const satisfies Record<string, { schema: z.ZodMiniType; what: string; limit: string; repair(raw: unknown): unknown }>;
export type WorkspaceValueName = keyof typeof WORKSPACE_VALUES;
export const isWorkspaceValueName = (name: string): name is WorkspaceValueName => Object.hasOwn(WORKSPACE_VALUES, name);
export const valueKey = (ws: string, name: WorkspaceValueName) => `ws:${ws}:${name}`;
export const psoKey = (ws: string) => valueKey(ws, 'pso-duties');

const ID = ID_PATTERN_SOURCE;
const exact = (key: string) => new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

export interface StoredItem {
  /** Short name, also the `kind` of a parsed workspace key. */
  name: string;
  /** The key as documented (`<ws>` etc. stand for ids). */
  key: string;
  /** Recognises the item's keys. */
  match: RegExp;
  scope: Scope;
  schema: z.ZodMiniType;
  /** What the item reads as when absent. */
  fallback: string;
  /** Carried by export (a workspace's items by any export; per-browser ones by "Export all" only). */
  exported: boolean;
  /** A change to it can change the reminders and the badge. */
  reminders: boolean;
  what: string;
  limit?: string;
}

export const ITEMS: readonly StoredItem[] = [
  { name: 'version', key: VERSION_KEY, match: exact(VERSION_KEY), scope: 'internal', schema: z.number().check(z.int(), z.minimum(1)), fallback: '1 (the first layout wrote none)', exported: false, reminders: false, what: 'Schema version of the stored layout; a newer one is read-only to an older build' },
  { name: 'active', key: ACTIVE_KEY, match: exact(ACTIVE_KEY), scope: 'browser', schema: IdSchema, fallback: `"${DEFAULT_WORKSPACE}"`, exported: false, reminders: false, what: 'The workspace the panel shows' },
  { name: 'chooser-dismissed', key: CHOOSER_DISMISSED_KEY, match: exact(CHOOSER_DISMISSED_KEY), scope: 'browser', schema: z.literal(true), fallback: 'not dismissed', exported: false, reminders: false, what: '"Not now" on the first-run track chooser' },
  { name: 'reminders', key: REMINDERS_KEY, match: exact(REMINDERS_KEY), scope: 'browser', schema: z.object({ on: z.boolean() }), fallback: "the organisation's default, else off", exported: false, reminders: true, what: 'Opt-in reminders on or off' },
  { name: 'reminders-sent', key: REMINDERS_SENT_KEY, match: exact(REMINDERS_SENT_KEY), scope: 'internal', schema: z.array(z.string()).check(z.maxLength(LIMITS.remindersSent)), fallback: 'none', exported: false, reminders: false, what: 'Reminders already shown (never shown twice)', limit: `the last ${LIMITS.remindersSent}` },
  { name: 'activity', key: ACTIVITY_KEY, match: exact(ACTIVITY_KEY), scope: 'browser', schema: IsoDateSchema, fallback: 'never seen', exported: false, reminders: true, what: 'Date of the last signed-in iQIES page this browser saw (the 60-day guard)' },
  { name: 'taught', key: `${TAUGHT_PREFIX}<host><route shape>`, match: new RegExp(`^${TAUGHT_PREFIX}[a-z0-9.-]+/`), scope: 'browser', schema: TaughtValueSchema, fallback: 'not taught', exported: true, reminders: false, what: 'A page the user taught: { step, on, fix? }', limit: `${LIMITS.taughtPages} pages` },
  { name: 'demo', key: DEMO_KEY, match: exact(DEMO_KEY), scope: 'demo', schema: DemoSchema, fallback: 'an empty demo', exported: false, reminders: false, what: 'The demo workspace used on practice copies (never exported, never mixed with progress)', limit: `notes ${LIMITS.noteChars} characters` },
  { name: 'backup', key: BACKUP_KEY, match: exact(BACKUP_KEY), scope: 'internal', schema: z.object({ at: IsoDateSchema, file: z.unknown(), unknown: z.optional(z.record(z.string(), z.unknown())) }), fallback: 'no backup', exported: false, reminders: false, what: 'What the last import replaced: an export file, and the keys inside a workspace this version does not read (Undo restores both)' },
  { name: 'quarantine', key: `${QUARANTINE_PREFIX}<original key>`, match: new RegExp(`^${QUARANTINE_PREFIX}`), scope: 'internal', schema: z.object({ at: IsoDateSchema, raw: z.string() }), fallback: 'nothing set aside', exported: false, reminders: false, what: 'A damaged stored value, set aside for support', limit: `${LIMITS.quarantineChars} characters` },
  { name: 'meta', key: 'ws:<ws>:meta', match: new RegExp(`^ws:${ID}:(meta)$`), scope: 'workspace', schema: MetaSchema, fallback: '"My progress" for default, else the id', exported: true, reminders: true, what: 'Workspace name: { name }', limit: `${LIMITS.nameChars} characters; ${LIMITS.workspaces} workspaces` },
  { name: 'track', key: 'ws:<ws>:track', match: new RegExp(`^ws:${ID}:(track)$`), scope: 'workspace', schema: TrackSchema, fallback: 'no track chosen', exported: true, reminders: true, what: 'Chosen track: { id }' },
  { name: 'tick', key: 'ws:<ws>:tick:<step>:<item>', match: new RegExp(`^ws:${ID}:(tick):${ID}:${ID}$`), scope: 'workspace', schema: TickSchema, fallback: 'not ticked', exported: true, reminders: false, what: 'A ticked checklist item: { at } (first date ticked)' },
  { name: 'step', key: 'ws:<ws>:step:<step>', match: new RegExp(`^ws:${ID}:(step):${ID}$`), scope: 'workspace', schema: StepStateSchema, fallback: 'not done', exported: true, reminders: false, what: 'A step marked done: { done }' },
  { name: 'note', key: 'ws:<ws>:note:<step>', match: new RegExp(`^ws:${ID}:(note):${ID}$`), scope: 'workspace', schema: NoteSchema, fallback: 'no note', exported: true, reminders: false, what: "The user's note on a step: { text }", limit: `${LIMITS.noteChars} characters` },
  { name: 'milestone', key: 'ws:<ws>:milestone:<milestone>', match: new RegExp(`^ws:${ID}:(milestone):${ID}$`), scope: 'workspace', schema: MilestoneSchema, fallback: 'not recorded', exported: true, reminders: true, what: 'A key date (account created, role requested, role approved): { at }' },
  ...Object.entries(WORKSPACE_VALUES).map(([name, v]): StoredItem => ({ name, key: `ws:<ws>:${name}`, match: new RegExp(`^ws:${ID}:(${name})$`), scope: 'workspace', schema: v.schema, fallback: 'not entered', exported: true, reminders: false, what: v.what, limit: v.limit })),
];

/** The declared item a key belongs to; null for a key this version does not declare. */
export function itemOf(key: string): StoredItem | null {
  return ITEMS.find((i) => i.match.test(key)) ?? null;
}

/** Stored keys whose change can change the reminders' plan. */
export const isReminderInput = (key: string): boolean => itemOf(key)?.reminders === true;

/** A per-workspace key, parsed. Step ids are as stored (an old or unknown id is the reader's to resolve). */
export type ProgressKey =
  | { kind: 'meta' | 'track'; ws: string }
  | { kind: 'tick'; ws: string; stepId: string; itemId: string }
  | { kind: 'step' | 'note'; ws: string; stepId: string }
  | { kind: 'milestone'; ws: string; milestone: string }
  | { kind: 'value'; ws: string; name: WorkspaceValueName };

/** Parses a storage key; null for anything that is not a declared per-workspace item. */
export function parseProgressKey(key: string): ProgressKey | null {
  const item = itemOf(key);
  if (!item || item.scope !== 'workspace') return null;
  const m = item.match.exec(key)!;
  const ws = m[1]!;
  switch (m[2]) {
    case 'meta':
    case 'track':
      return { kind: m[2], ws };
    case 'tick':
      return { kind: 'tick', ws, stepId: m[3]!, itemId: m[4]! };
    case 'step':
    case 'note':
      return { kind: m[2], ws, stepId: m[3]! };
    case 'milestone':
      return { kind: 'milestone', ws, milestone: m[3]! };
    default:
      return isWorkspaceValueName(m[2]!) ? { kind: 'value', ws, name: m[2] } : null;
  }
}

/** The workspace a key lies under (`ws:<id>:…`, declared or not); null for any other key. */
export function workspaceOfKey(key: string): string | null {
  return new RegExp(`^ws:${ID}:`).exec(key)?.[1] ?? null;
}

/** The workspaces a stored snapshot holds (any live per-workspace key names one; 'default' always exists). */
export function storedWorkspaceIds(raw: Readonly<Record<string, unknown>>): Set<string> {
  const ids = new Set([DEFAULT_WORKSPACE]);
  for (const [key, value] of Object.entries(raw)) {
    const k = value === null ? null : parseProgressKey(key);
    if (k) ids.add(k.ws);
  }
  return ids;
}

/** docs/storage.md, made from the list above (a unit test keeps the file equal to it). */
export function storageDoc(): string {
  const cell = (t: string) => t.replace(/\|/g, '\\|');
  const SCOPES: Record<Scope, string> = { workspace: 'per workspace', browser: 'per browser', demo: 'demo', internal: 'internal' };
  return [
    '# What the extension stores',
    '',
    'Everything lives in the browser\'s extension storage (`storage.local`) on this computer; nothing is sent anywhere.',
    'Generated from `utils/storage/items.ts`; `tests/unit/storage/items.test.ts` fails when this file is out of date, and',
    '`UPDATE_STORAGE_DOC=1 npx vitest run tests/unit/storage/items.test.ts` rewrites it.',
    '',
    '- **per workspace** items are exported, imported, kept in the import backup, restored by Undo and removed with',
    '  their workspace. An import replaces only the keys it understands: a key a newer version wrote (an unknown step,',
    '  an unknown kind of item) is left as it is, and the backup keeps a copy that Undo puts back if it went meanwhile.',
    '- **per browser** items stay in this browser; taught pages travel with "Export all" only.',
    '- **demo** is the practice workspace: never exported, never mixed with progress.',
    '- **internal** items are the extension\'s own bookkeeping.',
    '',
    '| key | scope | exported | reminders | value | when absent | limit |',
    '|---|---|---|---|---|---|---|',
    ...ITEMS.map((i) => `| \`${i.key}\` | ${SCOPES[i.scope]} | ${i.exported ? 'yes' : 'no'} | ${i.reminders ? 'yes' : 'no'} | ${cell(i.what)} | ${cell(i.fallback)} | ${cell(i.limit ?? '')} |`),
    '',
    '## Limits',
    '',
    'One rule per limit: what the panel lets you write, an import accepts, so "Export all" can always be imported back.',
    '',
    '| limit | value |',
    '|---|---|',
    ...Object.entries(LIMITS).map(([k, v]) => `| ${k} | ${v} |`),
    '',
    'The largest file an import reads is derived from these limits (every workspace, every step with the longest note',
    'of the characters JSON escapes longest, every taught page): a file the extension made is never refused for its',
    'size, and Undo restores the backup an import made whatever its size. The browser\'s own storage quota (10 MB in',
    'Chrome) can be reached first: then the whole write is refused with a plain message and nothing is half-written.',
    '',
    '## The export file',
    '',
    '`{ format: "iqies-access-guide/progress", schemaVersion, exportedAt, workspaces: [{ id, name, track, ticks, steps,',
    'milestones, values? }], taught? }`. `values` (per-workspace values by name, e.g. `pso-duties`) and `taught` are',
    'optional, so older files import as they did. A file or a store from a newer version is never written over: the',
    'import is refused with a plain message, and a newer store is read-only to an older version.',
    '',
  ].join('\n');
}
