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

type ItemScope = 'workspace' | 'browser' | 'demo' | 'internal';

export const DEFAULT_WORKSPACE = 'default';

/* Keys of single items. */
export const VERSION_KEY = 'progress.version';
export const ACTIVE_KEY = 'settings.activeWorkspace';
export const CHOOSER_DISMISSED_KEY = 'settings.trackChooserDismissed';
export const BACKUP_KEY = 'backup.beforeImport';
export const QUARANTINE_PREFIX = 'quarantine:';
export const REMINDERS_KEY = 'settings.reminders';
export const REMINDERS_SENT_KEY = 'reminders.sent';
export const TAUGHT_PREFIX = 'taught:';

/**
 * Where a set of per-workspace pieces is kept: one of the user's workspaces (its id, keys under `ws:<id>:`), or the
 * demo that practice copies write to (keys under `demo:`). The demo keeps only the pieces declared `demo: 'kept'`
 * below; it is never exported, imported over, counted as a workspace or read by reminders. A symbol, so no
 * workspace id can ever name it.
 */
export const DEMO_SCOPE: unique symbol = Symbol('demo');
export type Scope = string | typeof DEMO_SCOPE;
const DEMO_PREFIX = 'demo:';

/* Keys of per-workspace items, in a workspace or in the demo. */
export const workspacePrefix = (scope: Scope) => (scope === DEMO_SCOPE ? DEMO_PREFIX : `ws:${scope}:`);
export const tickKey = (scope: Scope, stepId: string, itemId: string) => `${workspacePrefix(scope)}tick:${stepId}:${itemId}`;
export const metaKey = (scope: Scope) => `${workspacePrefix(scope)}meta`;
export const trackKey = (scope: Scope) => `${workspacePrefix(scope)}track`;
export const stepKey = (scope: Scope, stepId: string) => `${workspacePrefix(scope)}step:${stepId}`;
export const noteKey = (scope: Scope, stepId: string) => `${workspacePrefix(scope)}note:${stepId}`;
export const milestoneKey = (scope: Scope, m: string) => `${workspacePrefix(scope)}milestone:${m}`;
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

/**
 * What the demo does with a per-workspace piece. Every piece says it: a practice tab's edit of a piece the demo
 * does not keep must be a deliberate no-op, never a write that falls through to real progress.
 *   kept: kept under `demo:` as a workspace keeps it (the same key shape, schema, limits and commands).
 *   ignored: the commands write nothing in the demo, and the panel does not offer it there.
 */
type InDemo = 'kept' | 'ignored';

/**
 * Per-workspace values kept whole under `ws:<ws>:<name>` (one key each). Export, import, the backup, Undo and
 * deleting a workspace carry every one of them with no further code: a new one is declared here (with what the
 * demo does with it), and written and read where it is shown. `repair` reads what it can of a damaged stored value
 * (null: nothing worth keeping).
 */
export const WORKSPACE_VALUES = {
  'pso-duties': {
    schema: PsoCountsSchema,
    what: "The PSO's two hand-kept counts (PSOs at the facility, requests waiting)",
    limit: `each a whole number 0–${LIMITS.psoCount}, or null (not entered)`,
    // The user's own figures: a practice copy has nothing to count.
    demo: 'ignored',
    repair: (raw: unknown): unknown => {
      const c = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= LIMITS.psoCount ? v : null);
      const r = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
      const out = { psos: c(Object.hasOwn(r, 'psos') ? r.psos : null), pending: c(Object.hasOwn(r, 'pending') ? r.pending : null) };
      return out.psos === null && out.pending === null ? null : out;
    },
  },
} as const satisfies Record<string, { schema: z.ZodMiniType; what: string; limit: string; demo: InDemo; repair(raw: unknown): unknown }>;
export type WorkspaceValueName = keyof typeof WORKSPACE_VALUES;
export const isWorkspaceValueName = (name: string): name is WorkspaceValueName => Object.hasOwn(WORKSPACE_VALUES, name);
export const valueKey = (scope: Scope, name: WorkspaceValueName) => `${workspacePrefix(scope)}${name}`;
export const psoKey = (ws: string) => valueKey(ws, 'pso-duties');

const ID = ID_PATTERN_SOURCE;
const exact = (key: string) => new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** A per-workspace piece: declared once, for a workspace (`ws:<ws>:<rest>`) and, when kept there, the demo (`demo:<rest>`). */
interface WorkspacePiece {
  name: PieceName;
  /** The key after the scope's prefix, as documented. */
  rest: string;
  /** Recognises `rest`: the piece's name, then its ids, each a capture group. */
  match: string;
  schema: z.ZodMiniType;
  fallback: string;
  /** The demo's reading when absent, where it differs from a workspace's. */
  demoFallback?: string;
  reminders: boolean;
  what: string;
  limit?: string;
  demo: InDemo;
}
type PieceName = 'meta' | 'track' | 'tick' | 'step' | 'note' | 'milestone' | WorkspaceValueName;

const PIECES: readonly WorkspacePiece[] = [
  // The demo has one name of its own (the panel's words), and is never renamed.
  { name: 'meta', rest: 'meta', match: '(meta)', schema: MetaSchema, fallback: '"My progress" for default, else the id', reminders: true, what: 'Workspace name: { name }', limit: `${LIMITS.nameChars} characters; ${LIMITS.workspaces} workspaces`, demo: 'ignored' },
  { name: 'track', rest: 'track', match: '(track)', schema: TrackSchema, fallback: 'no track chosen', demoFallback: 'the first-PSO track', reminders: true, what: 'Chosen track: { id }', demo: 'kept' },
  { name: 'tick', rest: 'tick:<step>:<item>', match: `(tick):${ID}:${ID}`, schema: TickSchema, fallback: 'not ticked', reminders: false, what: 'A ticked checklist item: { at } (first date ticked)', demo: 'kept' },
  { name: 'step', rest: 'step:<step>', match: `(step):${ID}`, schema: StepStateSchema, fallback: 'not done', reminders: false, what: 'A step marked done: { done }', demo: 'kept' },
  { name: 'note', rest: 'note:<step>', match: `(note):${ID}`, schema: NoteSchema, fallback: 'no note', reminders: false, what: "The user's note on a step: { text }", limit: `${LIMITS.noteChars} characters`, demo: 'kept' },
  // Key dates record the user's own progress (and drive reminders): a practice copy proves nothing about the user.
  { name: 'milestone', rest: 'milestone:<milestone>', match: `(milestone):${ID}`, schema: MilestoneSchema, fallback: 'not recorded', reminders: true, what: 'A key date (account created, role requested, role approved): { at }', demo: 'ignored' },
  ...Object.entries(WORKSPACE_VALUES).map(([name, v]): WorkspacePiece => ({ name: name as WorkspaceValueName, rest: name, match: `(${name})`, schema: v.schema, fallback: 'not entered', reminders: false, what: v.what, limit: v.limit, demo: v.demo })),
];

/** Whether a scope keeps a piece: a workspace keeps every one, the demo only those declared 'kept'. */
export const keeps = (scope: Scope, name: PieceName): boolean => scope !== DEMO_SCOPE || PIECES.some((p) => p.name === name && p.demo === 'kept');

export interface StoredItem {
  /** Short name, also the `kind` of a parsed workspace key. */
  name: string;
  /** The key as documented (`<ws>` etc. stand for ids). */
  key: string;
  /** Recognises the item's keys. */
  match: RegExp;
  scope: ItemScope;
  schema: z.ZodMiniType;
  /** What the item reads as when absent. */
  fallback: string;
  /** Carried by export (a workspace's items by any export; per-browser ones by "Export all" only). */
  exported: boolean;
  /** A change to it can change the reminders and the badge. */
  reminders: boolean;
  what: string;
  limit?: string;
  /** Per-workspace items: what the demo does with it (kept under `demo:`, or ignored there). */
  demo?: InDemo;
}

export const ITEMS: readonly StoredItem[] = [
  { name: 'version', key: VERSION_KEY, match: exact(VERSION_KEY), scope: 'internal', schema: z.number().check(z.int(), z.minimum(1)), fallback: '1 (the first layout wrote none)', exported: false, reminders: false, what: 'Schema version of the stored layout; a newer one is read-only to an older build' },
  { name: 'active', key: ACTIVE_KEY, match: exact(ACTIVE_KEY), scope: 'browser', schema: IdSchema, fallback: `"${DEFAULT_WORKSPACE}"`, exported: false, reminders: false, what: 'The workspace the panel shows' },
  { name: 'chooser-dismissed', key: CHOOSER_DISMISSED_KEY, match: exact(CHOOSER_DISMISSED_KEY), scope: 'browser', schema: z.literal(true), fallback: 'not dismissed', exported: false, reminders: false, what: '"Not now" on the first-run track chooser' },
  { name: 'reminders', key: REMINDERS_KEY, match: exact(REMINDERS_KEY), scope: 'browser', schema: z.object({ on: z.boolean() }), fallback: "the organisation's default, else off", exported: false, reminders: true, what: 'Opt-in reminders on or off' },
  { name: 'reminders-sent', key: REMINDERS_SENT_KEY, match: exact(REMINDERS_SENT_KEY), scope: 'internal', schema: z.array(z.string()).check(z.maxLength(LIMITS.remindersSent)), fallback: 'none', exported: false, reminders: false, what: 'Reminders already shown (never shown twice)', limit: `the last ${LIMITS.remindersSent}` },
  { name: 'activity', key: ACTIVITY_KEY, match: exact(ACTIVITY_KEY), scope: 'browser', schema: IsoDateSchema, fallback: 'never seen', exported: false, reminders: true, what: 'Date of the last signed-in iQIES page this browser saw (the 60-day guard)' },
  { name: 'taught', key: `${TAUGHT_PREFIX}<host><route shape>`, match: new RegExp(`^${TAUGHT_PREFIX}[a-z0-9.-]+/`), scope: 'browser', schema: TaughtValueSchema, fallback: 'not taught', exported: true, reminders: false, what: 'A page the user taught: { step, on, fix? }', limit: `${LIMITS.taughtPages} pages` },
  { name: 'backup', key: BACKUP_KEY, match: exact(BACKUP_KEY), scope: 'internal', schema: z.object({ at: IsoDateSchema, file: z.unknown(), unknown: z.optional(z.record(z.string(), z.unknown())) }), fallback: 'no backup', exported: false, reminders: false, what: 'What the last import replaced: an export file, and the keys inside a workspace this version does not read (Undo restores both)' },
  { name: 'quarantine', key: `${QUARANTINE_PREFIX}<original key>`, match: new RegExp(`^${QUARANTINE_PREFIX}`), scope: 'internal', schema: z.object({ at: IsoDateSchema, raw: z.string() }), fallback: 'nothing set aside', exported: false, reminders: false, what: 'A damaged stored value, set aside for support', limit: `${LIMITS.quarantineChars} characters` },
  ...PIECES.map((p): StoredItem => ({ name: p.name, key: `ws:<ws>:${p.rest}`, match: new RegExp(`^ws:${ID}:${p.match}$`), scope: 'workspace', schema: p.schema, fallback: p.fallback, exported: true, reminders: p.reminders, what: p.what, limit: p.limit, demo: p.demo })),
  ...PIECES.filter((p) => p.demo === 'kept').map((p): StoredItem => ({ name: p.name, key: `${DEMO_PREFIX}${p.rest}`, match: new RegExp(`^${DEMO_PREFIX}${p.match}$`), scope: 'demo', schema: p.schema, fallback: p.demoFallback ?? p.fallback, exported: false, reminders: false, what: `${p.what}, in the demo`, limit: p.limit })),
];

/** The declared item a key belongs to; null for a key this version does not declare. */
export function itemOf(key: string): StoredItem | null {
  return ITEMS.find((i) => i.match.test(key)) ?? null;
}

/** Stored keys whose change can change the reminders' plan. */
export const isReminderInput = (key: string): boolean => itemOf(key)?.reminders === true;

/** A per-workspace piece named by a key. Step ids are as stored (an old or unknown id is the reader's to resolve). */
type Piece =
  | { kind: 'meta' | 'track' }
  | { kind: 'tick'; stepId: string; itemId: string }
  | { kind: 'step' | 'note'; stepId: string }
  | { kind: 'milestone'; milestone: string }
  | { kind: 'value'; name: WorkspaceValueName };
/** A key of a piece in a workspace or in the demo, parsed. */
export type ScopedKey = Piece & { scope: Scope };
/** A key of a piece in one of the user's workspaces, parsed. */
export type ProgressKey = Piece & { ws: string };

function pieceOf<Owner extends object>(owner: Owner, name: string, a: string | undefined, b: string | undefined): (Piece & Owner) | null {
  switch (name) {
    case 'meta':
    case 'track':
      return { ...owner, kind: name };
    case 'tick':
      return { ...owner, kind: 'tick', stepId: a!, itemId: b! };
    case 'step':
    case 'note':
      return { ...owner, kind: name, stepId: a! };
    case 'milestone':
      return { ...owner, kind: 'milestone', milestone: a! };
    default:
      return isWorkspaceValueName(name) ? { ...owner, kind: 'value', name } : null;
  }
}

/** Parses a storage key of a piece in a workspace or in the demo; null for anything else. */
export function parseScopedKey(key: string): ScopedKey | null {
  const item = itemOf(key);
  if (!item || (item.scope !== 'workspace' && item.scope !== 'demo')) return null;
  const groups = item.match.exec(key)!.slice(1);
  const scope: Scope = item.scope === 'demo' ? DEMO_SCOPE : groups.shift()!;
  const [name, a, b] = groups;
  return pieceOf({ scope }, name!, a, b);
}

/** Parses a storage key; null for anything that is not a declared item of one of the user's workspaces. */
export function parseProgressKey(key: string): ProgressKey | null {
  const item = itemOf(key);
  if (!item || item.scope !== 'workspace') return null;
  const [ws, name, a, b] = item.match.exec(key)!.slice(1);
  return pieceOf({ ws: ws! }, name!, a, b);
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
  const list = (demo: InDemo) => PIECES.filter((p) => p.demo === demo).map((p) => `\`${p.name}\``).join(', ');
  const SCOPES: Record<ItemScope, string> = { workspace: 'per workspace', browser: 'per browser', demo: 'demo', internal: 'internal' };
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
    '- **demo** is what a practice copy writes: the per-workspace items the demo keeps, under `demo:` instead of',
    '  `ws:<ws>:`, with the same values and limits. Never exported, never imported over, never counted as a workspace,',
    '  never read by reminders, and untouched by anything done to real progress.',
    `  The demo keeps ${list('kept')}.`,
    `  It does not keep ${list('ignored')}: a practice tab's edit of them does nothing.`,
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
    'optional, so older files import as they did. `schemaVersion` is the file\'s own version: it changes with the',
    'file\'s shape, not with the stored layout (`progress.version`). A file or a store from a newer version is never',
    'written over: the import is refused with a plain message, and a newer store is read-only to an older version.',
    'The demo is never in a file.',
    '',
  ].join('\n');
}
