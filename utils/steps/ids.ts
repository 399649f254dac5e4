/**
 * Stable step ids: a public contract (the panel's data-step-id and data-detected-step). They are stored in
 * users' progress and used in links and tests. Never rename one without adding it to STEP_RENAMES and a migration.
 */
export const STEP_IDS = [
  'prepare',
  'harp-profile',
  'harp-account',
  'harp-identity',
  'harp-confirmation',
  'harp-sign-in',
  'harp-two-factor',
  'iqies-sign-in',
  'iqies-welcome',
  'iqies-user-category',
  'iqies-user-role',
  'iqies-provider',
  'iqies-request-submitted',
  'access-approved',
  'iqies-manage-requests',
  'iqies-upload-mds',
  'stay-active',
  // The tracks' own steps: not in the first contract table, and as stable as the others.
  'vendor-each-facility',
  'pso-backup',
  'change-of-ownership',
  'roles-revoked',
] as const;

export type StepId = (typeof STEP_IDS)[number];

const STEP_ID_SET: ReadonlySet<string> = new Set(STEP_IDS);

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && STEP_ID_SET.has(value);
}

/** Old id → current id. Empty today; add an entry (and a test) whenever an id must change. */
export const STEP_RENAMES: Readonly<Record<string, StepId>> = {};

export function resolveStepId(value: unknown): StepId | null {
  if (isStepId(value)) return value;
  if (typeof value === 'string' && Object.hasOwn(STEP_RENAMES, value)) return STEP_RENAMES[value] ?? null;
  return null;
}
