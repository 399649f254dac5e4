import type { Waiting } from '@/utils/activity/waiting';
import { WAIT_NUDGE_DAYS } from '@/utils/activity/waiting';
import { longDate } from '@/utils/activity/activity';
import { Cites } from './Citations';

interface WaitingCardProps {
  waiting: Waiting;
  onApproved(): void;
}

/**
 * Shown from a recorded "role requested" date until "role approved" is recorded. Only what sources say about waiting:
 * an email on approval, status changes took up to 24 hours in 2023 (mo-16002); CMS publishes no approval time.
 */
export function WaitingCard({ waiting, onApproved }: WaitingCardProps) {
  const { since, days, approver, overdue } = waiting;
  return (
    <section class="waiting" data-waiting-since={since} data-waiting-overdue={overdue ? 'true' : 'false'} aria-labelledby="waiting-heading">
      <h2 id="waiting-heading" class="small-heading">
        Waiting for your iQIES role: {days === 0 ? 'requested today' : `${days} ${days === 1 ? 'day' : 'days'}`}
      </h2>
      <p>
        Requested on {longDate(since)}.{' '}
        {approver === 'cms'
          ? "As a facility's first PSO, your request is approved by CMS, not by anyone at your facility."
          : approver === 'pso'
            ? 'A PSO of your facility approves it.'
            : "CMS approves a facility's first PSO; a PSO of the facility approves everyone else."}{' '}
        <Cites ids={['mo-15761']} />
      </p>
      <p class="small">
        You get an email when it is approved. In 2023, status changes took up to 24 hours. How long approval takes is not published
        {approver === 'cms' ? ' (for a first PSO, CMS gives no time)' : ''}. <Cites ids={['mo-16002', 'qtso-faq']} />
      </p>
      <div class={overdue ? 'block block-warning' : 'block block-next'}>
        <p class="small">
          {overdue ? 'It has been a few days. ' : `If nothing has happened after ${WAIT_NUDGE_DAYS} days (our suggestion, not a CMS rule): `}
          check your spam folder and sign in to iQIES to see whether the role is active;{' '}
          {approver === 'cms'
            ? 'then contact the iQIES Service Center.'
            : approver === 'pso'
              ? 'then ask your PSO; if that does not help, the iQIES Service Center.'
              : 'then ask your PSO (a first PSO: the iQIES Service Center).'}
        </p>
        <p class="small">
          Have ready when you call or write: your HARP User ID, the facility’s CCN, the role you asked for and the date you asked ({since}). The guide
          does not keep these for you.
        </p>
      </div>
      <button type="button" data-testid="role-approved" onClick={onApproved}>
        My role was approved
      </button>
    </section>
  );
}
