import { i18n } from '#i18n';
import type { Activity } from '@/utils/activity/activity';
import { LAPSE_DAY, WARN_DAY, longDate } from '@/utils/activity/activity';
import { Cites } from './Citations';
import { says } from '@/utils/steps/catalogue/words';

interface ActivityCardProps {
  activity: Activity;
  /** Offered when roles may have lapsed: switches the workspace to the restore-access track. */
  onRestore(): void;
  restoreShown: boolean;
}

/**
 * The 60-day guard (source: qtso-inactive-policy). Says what this browser saw and nothing more: visits from another
 * computer or browser are not known here.
 */
export function ActivityCard({ activity, onRestore, restoreShown }: ActivityCardProps) {
  const { state, days: n, last, signInBy } = activity;
  const onlyHere = i18n.t('activityCard.onlyHere');
  const limit = String(LAPSE_DAY);
  if (state === 'unknown' || n === null || !last || !signInBy) {
    return (
      <section class="activity" data-activity-card="unknown" aria-labelledby="activity-heading">
        <h2 id="activity-heading" class="small-heading">
          {i18n.t('activityCard.heading')}
        </h2>
        <p class="muted small">
          {i18n.t('activityCard.unknown', { limit })}
          {onlyHere}
        </p>
      </section>
    );
  }
  const heading =
    state === 'ok'
      ? i18n.t('activityCard.heading')
      : state === 'warn'
        ? i18n.t('activityCard.headingWarn', { date: longDate(signInBy) })
        : i18n.t('activityCard.headingLapsed');
  return (
    <section class={`activity activity-${state}`} data-activity-card={state} aria-labelledby="activity-heading">
      <h2 id="activity-heading" class="small-heading">
        {heading}
      </h2>
      <p>
        {i18n.t('activityCard.lastLead')}
        <strong>{n === 0 ? i18n.t('activityCard.today') : i18n.t('activityCard.daysAgo', n)}</strong>
        {i18n.t('activityCard.on', { date: longDate(last) })}
      </p>
      {state === 'ok' && <p class="small muted">{i18n.t('activityCard.okNext', { limit, date: longDate(signInBy), warn: String(WARN_DAY) })}</p>}
      {state === 'warn' && (
        <p class="block block-warning">
          {i18n.t('activityCard.warn', { limit })}
          <Cites cites={[says('qtso-inactive-policy', 'revoked'), says('qtso-pbj-notice', 'sixty')]} />
        </p>
      )}
      {state === 'lapsed' && (
        <>
          <p class="block block-warning">
            {i18n.t('activityCard.lapsed', { limit })}
            <Cites cites={[says('qtso-inactive-policy', 'audits'), says('qtso-inactive-policy', 'harpStays'), says('qtso-inactive-policy', 'restore')]} />
          </p>
          {!restoreShown && (
            <button type="button" data-testid="restore-track" onClick={onRestore}>
              {i18n.t('activityCard.restore')}
            </button>
          )}
        </>
      )}
      <p class="small muted">{onlyHere}</p>
    </section>
  );
}
