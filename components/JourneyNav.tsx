import { i18n } from '#i18n';
import type { StepEntry } from '@/utils/progress/status';
import type { StepId } from '@/utils/steps/ids';
import type { Journey } from '@/utils/tracks/journey';
import type { Track } from '@/utils/tracks/schema';
import { JourneyList } from './JourneyList';

interface JourneyNavProps {
  track: Track | null;
  /** The track's steps with their status, or every step when no track is chosen. */
  journey: Pick<Journey, 'entries' | 'nextId'>;
  /** Steps not on the track (empty when no track is chosen). */
  otherEntries: readonly StepEntry[];
  shownId: StepId | null;
  detectedId: StepId | null;
  onSelect(id: StepId): void;
}

/** The journey: the track's steps with done / current / next, then every other step (any step can be opened). */
export function JourneyNav({ track, journey, otherEntries, ...list }: JourneyNavProps) {
  if (!track) {
    return (
      <nav aria-label={i18n.t('journeyNav.label')}>
        <h2 class="nav-heading">{i18n.t('journeyNav.allSteps')}</h2>
        <JourneyList {...list} entries={journey.entries} />
      </nav>
    );
  }
  const shownElsewhere = !!list.shownId && otherEntries.some((e) => e.step.id === list.shownId);
  return (
    <nav aria-label={i18n.t('journeyNav.label')}>
      <h2 class="nav-heading">{i18n.t('journeyNav.yourSteps')}</h2>
      <JourneyList {...list} entries={journey.entries} nextId={journey.nextId} label={i18n.t('journeyNav.trackSteps', { title: track.title })} />
      {otherEntries.length > 0 && (
        <details class="other-steps" open={shownElsewhere}>
          <summary>{i18n.t('journeyNav.other', { count: otherEntries.length })}</summary>
          <JourneyList {...list} entries={otherEntries} label={i18n.t('journeyNav.otherLabel')} />
        </details>
      )}
    </nav>
  );
}
