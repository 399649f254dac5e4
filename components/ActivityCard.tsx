import type { Activity } from '@/utils/activity/activity';
import { LAPSE_DAY, WARN_DAY, longDate } from '@/utils/activity/activity';
import { Cites } from './Citations';

interface ActivityCardProps {
  activity: Activity;
  /** Offered when roles may have lapsed: switches the workspace to the restore-access track. */
  onRestore(): void;
  restoreShown: boolean;
}

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/**
 * The 60-day guard (source: qtso-inactive-policy). Says what this browser saw and nothing more: visits from another
 * computer or browser are not known here.
 */
export function ActivityCard({ activity, onRestore, restoreShown }: ActivityCardProps) {
  const { state, days: n, last, signInBy } = activity;
  const onlyHere = 'The guide only knows sign-ins it saw in this browser; sign-ins from another computer or browser do not show here.';
  if (state === 'unknown' || n === null || !last || !signInBy) {
    return (
      <section class="activity" data-activity-card="unknown" aria-labelledby="activity-heading">
        <h2 id="activity-heading" class="small-heading">
          Staying active in iQIES
        </h2>
        <p class="muted small">
          iQIES removes your roles after {LAPSE_DAY} days without a sign-in. This browser has not seen you signed in to iQIES yet. {onlyHere}
        </p>
      </section>
    );
  }
  return (
    <section class={`activity activity-${state}`} data-activity-card={state} aria-labelledby="activity-heading">
      <h2 id="activity-heading" class="small-heading">
        {state === 'ok' ? 'Staying active in iQIES' : state === 'warn' ? `Sign in to iQIES by ${longDate(signInBy)}` : 'Your iQIES roles may have been removed'}
      </h2>
      <p>
        Last signed in to iQIES (seen by this browser): <strong>{n === 0 ? 'today' : `${days(n)} ago`}</strong>, on {longDate(last)}.
      </p>
      {state === 'ok' && (
        <p class="small muted">
          Sign in at least every {LAPSE_DAY} days to keep your roles: next by {longDate(signInBy)}. The guide warns from day {WARN_DAY}.
        </p>
      )}
      {state === 'warn' && (
        <p class="block block-warning">
          iQIES removes roles after {LAPSE_DAY} days without a sign-in. Signing in once before the date above keeps them; CMS sends a warning email
          first. <Cites ids={['qtso-inactive-policy', 'qtso-pbj-notice']} />
        </p>
      )}
      {state === 'lapsed' && (
        <>
          <p class="block block-warning">
            After {LAPSE_DAY} days without a sign-in, iQIES revokes your roles. CMS checks this in audits that run on a regular basis, so it may not
            have happened yet: sign in to find out. Your HARP account stays; only the iQIES roles go. To get them back, sign in and request your
            role(s) again; a PSO of your facility then approves them (CMS asks you to re-request; that a PSO approves again is our reading).{' '}
            <Cites ids={['qtso-inactive-policy']} />
          </p>
          {!restoreShown && (
            <button type="button" data-testid="restore-track" onClick={onRestore}>
              Show the steps to restore access
            </button>
          )}
        </>
      )}
      <p class="small muted">{onlyHere}</p>
    </section>
  );
}
