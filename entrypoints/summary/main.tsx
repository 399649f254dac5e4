import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Summary } from '@/components/Summary';
import { ID } from '@/utils/progress/keys';
import { workspaceOf } from '@/utils/progress/model';
import type { WorkspaceData } from '@/utils/progress/model';
import { todayIso } from '@/utils/progress/schema';
import { loadProgress } from '@/utils/progress/store';
import { summarize } from '@/utils/progress/summary';
import { STEPS, getStep } from '@/utils/steps/catalogue';
import type { Step } from '@/utils/steps/schema';
import { getTrack } from '@/utils/tracks/data';
import { parseTrackId } from '@/utils/tracks/schema';

/** summary.html?workspace=ID: a one-page, printable summary of one workspace (the active one by default). */
function SummaryPage() {
  const [ws, setWs] = useState<WorkspaceData | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const asked = new URLSearchParams(location.search).get('workspace');
    loadProgress().then(
      ({ state }) => setWs(workspaceOf(state, asked && ID.test(asked) ? asked : state.active)),
      () => setError('Your saved progress could not be read.'),
    );
  }, []);
  if (error) return <p role="alert">{error}</p>;
  if (!ws) return <p>Loading…</p>;
  // With a track chosen, the summary covers that track's steps in its order; otherwise every step.
  const trackId = parseTrackId(ws.track);
  const track = trackId ? getTrack(trackId) : undefined;
  const steps = track ? track.steps.map(getStep).filter((s): s is Step => !!s) : STEPS;
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
  render(<SummaryPage />, document.getElementById('app')!);
}
main();
