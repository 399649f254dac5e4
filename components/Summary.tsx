import type { WorkspaceData } from '@/utils/progress/model';
import { MILESTONES, MILESTONE_LABELS } from '@/utils/progress/schema';
import type { SummaryStep } from '@/utils/progress/summary';
import { CONTACTS } from './contacts';

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
        <h1>iQIES access: progress summary</h1>
        <p>
          <strong>{workspace.name}</strong> · track: {trackTitle ?? 'not chosen (all steps listed)'} · printed {today}
        </p>
        <button type="button" class="no-print" onClick={onPrint}>
          Print this page
        </button>
      </header>
      <section aria-labelledby="dates-h">
        <h2 id="dates-h">Key dates</h2>
        <dl class="dates">
          {MILESTONES.map((m) => (
            <div key={m}>
              <dt>{MILESTONE_LABELS[m]}</dt>
              <dd>{workspace.milestones[m] ?? '—'}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="done-h">
        <h2 id="done-h">Done ({done.length})</h2>
        {done.length === 0 ? (
          <p>Nothing marked done yet.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Step</th>
                <th scope="col">Done on</th>
                <th scope="col">Notes</th>
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
        <h2 id="left-h">Still to do ({left.length})</h2>
        <ul class="left">
          {left.map((s) => (
            <li key={s.id} data-summary-left={s.id} data-step-id={s.id} data-status={s.status}>
              <strong>{s.title}</strong>
              {s.status === 'current' && <span> · next up</span>}
              {s.total > 0 && (
                <span>
                  {' '}
                  ({s.ticked} of {s.total} ticked)
                </span>
              )}
              {s.note && <span class="note"> · note: {s.note}</span>}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="contacts-h">
        <h2 id="contacts-h">Who can help</h2>
        <ul class="contacts">
          {Object.values(CONTACTS).map((c) => (
            <li key={c.name}>
              <strong>{c.name}</strong>: {c.detail}
            </li>
          ))}
        </ul>
      </section>
      <footer>
        <p class="muted">Made by the iQIES Access Guide extension from progress saved on this computer. Not an official CMS document.</p>
      </footer>
    </main>
  );
}
