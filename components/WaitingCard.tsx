import { i18n } from '#i18n';
import type { Waiting } from '@/utils/activity/waiting';
import { WAIT_NUDGE_DAYS } from '@/utils/activity/waiting';
import { longDate } from '@/utils/activity/activity';
import { Cites } from './Citations';
import { says } from '@/utils/steps/catalogue/words';

interface WaitingCardProps {
  waiting: Waiting;
  onApproved(): void;
}

/** Who approves, in words (keys differ by the approver; messages are read when rendering). */
function approverText(approver: Waiting['approver']): string {
  switch (approver) {
    case 'cms':
      return i18n.t('waitingCard.approverCms');
    case 'pso':
      return i18n.t('waitingCard.approverPso');
    default:
      return i18n.t('waitingCard.approverEither');
  }
}

/** What to check, then whom to ask. */
function checkText(approver: Waiting['approver']): string {
  switch (approver) {
    case 'cms':
      return i18n.t('waitingCard.checkCms');
    case 'pso':
      return i18n.t('waitingCard.checkPso');
    default:
      return i18n.t('waitingCard.checkEither');
  }
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
        {i18n.t('waitingCard.heading', { time: days === 0 ? i18n.t('waitingCard.requestedToday') : i18n.t('waitingCard.days', days) })}
      </h2>
      <p>
        {i18n.t('waitingCard.requestedOn', { date: longDate(since) })}
        {approverText(approver)}
        <Cites cites={[says('mo-15761', 'firstPso')]} />
      </p>
      <p class="small">
        {approver === 'cms' ? i18n.t('waitingCard.howLongCms') : i18n.t('waitingCard.howLong')}
        <Cites cites={[says('mo-16002', 'approved'), says('mo-16002', 'status24')]} />
      </p>
      <div class={overdue ? 'block block-warning' : 'block block-next'}>
        <p class="small">
          {overdue ? i18n.t('waitingCard.overdue') : i18n.t('waitingCard.nudge', { days: String(WAIT_NUDGE_DAYS) })}
          {checkText(approver)}
        </p>
        <p class="small">{i18n.t('waitingCard.haveReady', { date: since })}</p>
      </div>
      <button type="button" data-testid="role-approved" onClick={onApproved}>
        {i18n.t('waitingCard.approved')}
      </button>
    </section>
  );
}
