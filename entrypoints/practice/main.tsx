import { i18n } from '#i18n';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PracticeView } from '@/components/PracticeView';
import { PRACTICE_PATH, screenOfHash } from '@/utils/practice/screens';
import { practicePortOf, practiceWindow } from '@/utils/practice/reporter';
import { practiceScreen } from '@/utils/practice/screens';
import type { ReporterRuntime } from '@/utils/page/reporter';
import { serveStepReports } from '@/utils/page/reporter';
import { showWhere } from '@/utils/page/show-where';

/**
 * practice.html#<screen>: a practice copy of one HARP/iQIES screen. It is followed like the real sites: the
 * content script only runs on the two CMS hosts, so this page runs the same reporter itself (same snapshot,
 * same detection rules), reporting the site the screen copies. Moving to a screen of the other site reloads
 * the page, as going from HARP to iQIES loads a new site, so the reporter always reports the right site.
 */
const startScreen = screenOfHash(location.hash);
const site = startScreen.site;

function go(to: string): void {
  if (location.hash.slice(1) === to) return;
  location.hash = to;
}

addEventListener('hashchange', () => {
  if (screenOfHash(location.hash).site !== site) location.reload();
});

function Practice() {
  const [screen, setScreen] = useState(startScreen);
  useEffect(() => {
    // A screen of the other site is never rendered here: the page reloads for it (above), so the reporter never
    // reads an iQIES screen as a HARP page or the other way round.
    const onHash = () => {
      const next = screenOfHash(location.hash);
      if (next.site === site) setScreen(next);
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.title = i18n.t('practiceView.pageTitle', { title: screen.title });
  }, [screen]);
  return <PracticeView screen={screen} go={go} />;
}

// Rendered before the reporter starts, so its first reading is of the screen, not of an empty page.
render(<Practice />, document.getElementById('app')!);

if (location.pathname === PRACTICE_PATH) {
  const runtime: ReporterRuntime = {
    id: browser.runtime.id,
    getURL: (path) => browser.runtime.getURL(path),
    sendMessage: (message) => browser.runtime.sendMessage(message),
    onConnect: { addListener: (callback) => browser.runtime.onConnect.addListener((port) => callback(practicePortOf(port))) },
  };
  // The presenter's panel moves this tab along, to a known screen only, and asks where a step's control is: the
  // same locator and outline as on the real sites, asked on the same watch port.
  serveStepReports(runtime, practiceWindow(window, site), site, {
    'iqag:practice-go': (m) => practiceScreen(m.screen) && go(m.screen),
    'iqag:show-where': (m) => showWhere(window, m.names),
  });
}
