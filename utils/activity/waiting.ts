import type { WorkspaceData } from '../progress/model';
import { daysBetween, salvageSignInDate } from './activity';

/**
 * How long to wait before the guide suggests following up. Not a CMS figure (CMS publishes no approval time; status
 * changes took up to 24 hours in 2023, source mo-16002): the guide's own choice of "a few days", said as such.
 */
export const WAIT_NUDGE_DAYS = 3;

export interface Waiting {
  ws: string;
  name: string;
  /** The recorded "role requested" date. */
  since: string;
  /** Whole days waited so far (never negative). */
  days: number;
  /**
   * Who approves: CMS for a facility's first PSO, a PSO of the facility for everyone else (source mo-15761);
   * 'either' when no track says which.
   */
  approver: 'cms' | 'pso' | 'either';
  /** Waited long enough that following up is suggested. */
  overdue: boolean;
}

/** A workspace waits from its "role requested" date until a "role approved" date is recorded. */
export function waitingOf(w: Pick<WorkspaceData, 'id' | 'name' | 'track' | 'milestones'>, today: string): Waiting | null {
  const requested = w.milestones['role-requested'];
  if (!requested || w.milestones['role-approved']) return null;
  // A typed date in the future or before 2018 is no basis for a count: not shown as waiting.
  const since = salvageSignInDate(requested, today);
  if (!since) return null;
  const days = Math.max(0, daysBetween(since, today));
  return { ws: w.id, name: w.name, since, days, approver: w.track === 'first-pso' ? 'cms' : w.track ? 'pso' : 'either', overdue: days >= WAIT_NUDGE_DAYS };
}
