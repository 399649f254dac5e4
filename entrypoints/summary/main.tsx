import { i18n } from '#i18n';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Summary } from '@/components/Summary';
import { ID_PATTERN, todayIso } from '@/utils/formats';
import { workspaceOf } from '@/utils/progress/model';
import type { WorkspaceData } from '@/utils/progress/model';
import { loadProgress } from '@/utils/progress/store';
import { summarize } from '@/utils/progress/summary';
import { STEPS, getStep } from '@/utils/steps/catalogue';
import { getTrack } from '@/utils/tracks/data';
import { stepsOf } from '@/utils/tracks/journey';

/** summary.html?workspace=ID: a one-page, printable summary of one workspace (the active one by default). */
function SummaryPage() {
  const [ws, setWs] = useState<WorkspaceData | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const asked = new URLSearchParams(location.search).get('workspace');
    loadProgress().then(
      ({ state }) => setWs(workspaceOf(state, asked && ID_PATTERN.test(asked) ? asked : state.active)),
      () => setError(i18n.t('summary.readError')),
    );
  }, []);
  if (error) return <p role="alert">{error}</p>;
  if (!ws) return <p>{i18n.t('summary.loading')}</p>;
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
