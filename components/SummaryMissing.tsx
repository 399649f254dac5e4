import { i18n } from '#i18n';

/** The longest part of an id from the address that is repeated on the page. */
const SHOWN_MAX = 80;

interface SummaryMissingProps {
  /** The workspace id the address asked for (any text at all). */
  asked: string;
  workspaces: readonly { id: string; name: string }[];
}

/** summary.html asked for a workspace that is not in this browser: say so, and link the summaries of those that are. */
export function SummaryMissing({ asked, workspaces }: SummaryMissingProps) {
  const shown = asked.length > SHOWN_MAX ? `${asked.slice(0, SHOWN_MAX)}…` : asked;
  return (
    <main class="summary-page" data-testid="summary-missing">
      <h1>{i18n.t('summary.missingTitle')}</h1>
      <p>{i18n.t('summary.missingText', { id: shown })}</p>
      <h2 id="summary-existing-h">{i18n.t('summary.missingChoose')}</h2>
      <ul class="summary-choices" aria-labelledby="summary-existing-h">
        {workspaces.map((w) => (
          <li key={w.id}>
            <a href={`summary.html?workspace=${encodeURIComponent(w.id)}`}>{w.name}</a>
          </li>
        ))}
      </ul>
    </main>
  );
}
