import { i18n } from '#i18n';
import { getStep } from '@/utils/steps/catalogue';
import type { SourceId } from '@/utils/steps/catalogue/sources';
import type { ContactId, Step } from '@/utils/steps/schema';
import type { Track } from '@/utils/tracks/schema';
import { SourceLink } from './Citations';
import { ContactItem } from './ContactItem';

const unique = <T,>(items: T[]): T[] => [...new Set(items)];

/** Who approves, in the words of the steps that say it (the catalogue's own, cited claims). */
const APPROVAL_STEPS = ['iqies-request-submitted', 'access-approved', 'iqies-manage-requests', 'vendor-each-facility'] as const;

/**
 * One track on one printed page, for a class: its steps, what to have ready, who approves, contacts and sources.
 * Built from the catalogue only: nobody's progress is read or shown.
 */
export function TrackHandout({ track }: { track: Track }) {
  const steps = track.steps.map(getStep).filter((s): s is Step => !!s);
  const ready = unique(steps.flatMap((s) => s.haveReady));
  const contacts = unique(steps.flatMap((s) => s.contacts)) as ContactId[];
  const approvals = steps.filter((s) => (APPROVAL_STEPS as readonly string[]).includes(s.id));
  const sources = unique(steps.flatMap((s) => [...s.guidance, ...s.problems].flatMap((b) => b.cite.map((c) => c.source)))) as SourceId[];
  return (
    <article class="handout" data-testid="handout" data-track={track.id} aria-labelledby={`h-${track.id}`}>
      <h2 id={`h-${track.id}`}>{track.title}</h2>
      {track.who && <p>{track.who}</p>}
      {track.intro && <p>{track.intro}</p>}
      <h3>{i18n.t('handout.steps')}</h3>
      <ol class="handout-steps">
        {steps.map((s) => (
          <li key={s.id} data-step-id={s.id}>
            <strong>{s.title}</strong>: {s.summary}
            {track.notes?.[s.id] && <span class="note"> {track.notes[s.id]}</span>}
          </li>
        ))}
      </ol>
      <h3>{i18n.t('handout.haveReady')}</h3>
      {ready.length ? (
        <ul>
          {ready.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      ) : (
        <p>{i18n.t('handout.nothingReady')}</p>
      )}
      {approvals.length > 0 && (
        <>
          <h3>{i18n.t('handout.whoApproves')}</h3>
          <ul>
            {approvals.map((s) => (
              <li key={s.id}>
                <strong>{s.title}</strong>: {s.summary}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{i18n.t('handout.contacts')}</h3>
      <ul>
        {contacts.map((id) => (
          <ContactItem key={id} id={id} />
        ))}
      </ul>
      <h3>{i18n.t('handout.sources')}</h3>
      <ul class="handout-sources">
        {sources.map((id) => (
          <li key={id}>
            <SourceLink id={id} />
          </li>
        ))}
      </ul>
    </article>
  );
}

export function Handout({ tracks, onPrint }: { tracks: readonly Track[]; onPrint(): void }) {
  return (
    <main class="summary-page handout-page">
      <header>
        <h1>{i18n.t('handout.title')}</h1>
        <p class="muted">{i18n.t('handout.intro')}</p>
        <button type="button" class="no-print" onClick={onPrint}>
          {i18n.t('handout.print')}
        </button>
      </header>
      {tracks.map((t) => (
        <TrackHandout key={t.id} track={t} />
      ))}
    </main>
  );
}
