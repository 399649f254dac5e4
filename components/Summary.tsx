import { i18n } from '#i18n';
import type { WorkspaceData } from '@/utils/progress/model';
import { MILESTONES } from '@/utils/progress/schema';
import type { SummaryStep } from '@/utils/progress/summary';
import { CONTACTS } from './contacts';
import { milestoneLabel } from './Milestones';

interface SummaryProps {
  workspace: WorkspaceData;
  /** The chosen track's title, or null when none is chosen. */
  trackTitle: string | null;
  done: readonly SummaryStep[];
  left: readonly SummaryStep[];
  today: string;
  onPrint(): void;
}

/** One printable page: track, key dates, steps done with dates, what is left, and whom to contact. */
export function Summary({ workspace, trackTitle, done, left, today, onPrint }: SummaryProps) {
  return (
    <main class="summary-page" data-testid="summary" data-workspace-id={workspace.id}>
      <header>
        <h1>{i18n.t('summary.pageTitle')}</h1>
        <p>
          <strong>{workspace.name}</strong>
          {i18n.t('summary.line', { track: trackTitle ?? i18n.t('summary.noTrack'), today })}
        </p>
        <button type="button" class="no-print" onClick={onPrint}>
          {i18n.t('summary.print')}
        </button>
      </header>
      <section aria-labelledby="dates-h">
        <h2 id="dates-h">{i18n.t('summary.keyDates')}</h2>
        <dl class="dates">
          {MILESTONES.map((m) => (
            <div key={m}>
              <dt>{milestoneLabel(m)}</dt>
              <dd>{workspace.milestones[m] ?? '—'}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="done-h">
        <h2 id="done-h">{i18n.t('summary.done', { count: done.length })}</h2>
        {done.length === 0 ? (
          <p>{i18n.t('summary.nothingDone')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{i18n.t('summary.colStep')}</th>
                <th scope="col">{i18n.t('summary.colDoneOn')}</th>
                <th scope="col">{i18n.t('summary.colNotes')}</th>
              </tr>
            </thead>
            <tbody>
              {done.map((s) => (
                <tr key={s.id} data-summary-done={s.id} data-step-id={s.id} data-status={s.status}>
                  <td>{s.title}</td>
                  <td>{s.doneOn}</td>
                  <td>{s.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="left-h">
        <h2 id="left-h">{i18n.t('summary.left', { count: left.length })}</h2>
        <ul class="left">
          {left.map((s) => (
            <li key={s.id} data-summary-left={s.id} data-step-id={s.id} data-status={s.status}>
              <strong>{s.title}</strong>
              {s.status === 'current' && <span>{i18n.t('summary.nextUp')}</span>}
              {s.total > 0 && (
                <span>{i18n.t('summary.ticked', { ticked: s.ticked, total: s.total })}</span>
              )}
              {s.note && <span class="note">{i18n.t('summary.note', { note: s.note })}</span>}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="contacts-h">
        <h2 id="contacts-h">{i18n.t('summary.whoCanHelp')}</h2>
        <ul class="contacts">
          {Object.values(CONTACTS).map((c) => (
            <li key={c.name}>
              <strong>{c.name}</strong>: {c.detail}
            </li>
          ))}
        </ul>
      </section>
      <footer>
        <p class="muted">{i18n.t('summary.footer')}</p>
      </footer>
    </main>
  );
}
