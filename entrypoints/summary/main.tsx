import { i18n } from '#i18n';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Summary } from '@/components/Summary';
import { SummaryMissing } from '@/components/SummaryMissing';
import { todayIso } from '@/utils/formats';
import type { ProgressState } from '@/utils/progress/model';
import { loadProgress } from '@/utils/progress/store';
import { summarize, summaryWorkspace } from '@/utils/progress/summary';
import { STEPS, getStep } from '@/utils/steps/catalogue';
import { getTrack } from '@/utils/tracks/data';
import { stepsOf } from '@/utils/tracks/journey';

/**
 * summary.html?workspace=ID: a one-page, printable summary of one workspace (the active one by default). An id
 * that names no workspace is said so, never shown as an empty workspace under the name from the address.
 */
function SummaryPage() {
  const [state, setState] = useState<ProgressState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const asked = new URLSearchParams(location.search).get('workspace');
  useEffect(() => {
    loadProgress().then(
      (read) => setState(read.state),
      () => setError(i18n.t('summary.readError')),
    );
  }, []);
  if (error) return <p role="alert">{error}</p>;
  if (!state) return <p>{i18n.t('summary.loading')}</p>;
  const ws = summaryWorkspace(state, asked);
  if (!ws) return <SummaryMissing asked={asked ?? ''} workspaces={state.workspaces} />;
  // With a track chosen, the summary covers that track's steps in its order; otherwise every step.
  const track = ws.track ? getTrack(ws.track) : undefined;
  const steps = track ? stepsOf(track, getStep) : STEPS;
  const { done, left } = summarize(ws, steps);
  return (
    <Summary
      workspace={ws}
      trackTitle={track?.title ?? null}
      done={done}
      left={left}
      today={todayIso()}
      onPrint={() => window.print()}
    />
  );
}

function main() {
  // The page's <title> in index.html is the English fallback until this runs.
  document.title = i18n.t('summary.pageTitle');
  render(<SummaryPage />, document.getElementById('app')!);
}
main();
