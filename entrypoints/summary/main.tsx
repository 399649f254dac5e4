import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Summary } from '@/components/Summary';
import { ID } from '@/utils/progress/keys';
import { workspaceOf } from '@/utils/progress/model';
import type { WorkspaceData } from '@/utils/progress/model';
import { todayIso } from '@/utils/progress/schema';
import { loadProgress } from '@/utils/progress/store';
import { summarize } from '@/utils/progress/summary';
import { STEPS } from '@/utils/steps/catalogue';

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
  const { done, left } = summarize(ws, STEPS);
  return <Summary workspace={ws} done={done} left={left} today={todayIso()} onPrint={() => window.print()} />;
}

function main() {
  render(<SummaryPage />, document.getElementById('app')!);
}
main();
