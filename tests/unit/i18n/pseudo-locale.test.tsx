import { i18n } from '#i18n';
import { act, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Cites } from '@/components/Citations';
import { CONTACTS } from '@/components/contacts';
import { Handout, TrackHandout } from '@/components/Handout';
import { Milestones } from '@/components/Milestones';
import { PolicyNote } from '@/components/PolicyNote';
import { SummaryMissing } from '@/components/SummaryMissing';
import { PracticeView } from '@/components/PracticeView';
import { StepExtras } from '@/components/StepExtras';
import { StepView } from '@/components/StepView';
import { GuideSearch } from '@/components/search/GuideSearch';
import { Summary } from '@/components/Summary';
import { TrackProgress } from '@/components/TrackProgress';
import { TransferPanel } from '@/components/TransferPanel';
import { WorkspaceBar } from '@/components/WorkspaceBar';
import { App } from '@/entrypoints/sidepanel/App';
import type * as UseActivity from '@/entrypoints/sidepanel/use-activity';
import type { Progress } from '@/entrypoints/sidepanel/use-progress';
import type { Activity } from '@/utils/activity/activity';
import { activityOf } from '@/utils/activity/activity';
import type { Waiting } from '@/utils/activity/waiting';
import { REMINDERS_KEY, noticeFor, planReminders } from '@/utils/reminders/plan';
import type { PageState } from '@/utils/panel/page-state';
import type { ReadPolicy } from '@/utils/policy';
import { PRACTICE_SCREENS } from '@/utils/practice/screens';
import { saveErrorMessage, QuotaError } from '@/utils/progress/errors';
import { DEMO_ID, emptyWorkspace } from '@/utils/progress/model';
import { FILE_FORMAT, parseImport, tooLarge } from '@/utils/progress/transfer';
import type { WorkspaceData } from '@/utils/progress/model';
import { summarize } from '@/utils/progress/summary';
import { buildIndex, search } from '@/utils/search/search';
import { SITES, SITE_NAMES } from '@/utils/sites';
import { TAUGHT_MAX } from '@/utils/taught/taught';
import type { TaughtPage } from '@/utils/taught/taught';
import { STEPS, getStep } from '@/utils/steps/catalogue';
import { SOURCES } from '@/utils/steps/catalogue/sources';
import { TRACKS, getTrack } from '@/utils/tracks/data';
import { stepsOf } from '@/utils/tracks/journey';
import type { TrackId } from '@/utils/tracks/schema';
import { PSEUDO_CLOSE, PSEUDO_OPEN, usePseudoLocale } from '../i18n';

/**
 * The proof that no user-facing string is hard-coded: every component and panel state is rendered with a pseudo
 * locale (each message wrapped in ⟦…⟧), and every visible text node, aria-label, title, placeholder and alt must be
 * either inside ⟦…⟧ or data: guidance content (steps, tracks, sources, help contacts, which stays English), site
 * names, and the user's own data used below. Anything else is a string the locale does not control.
 */

// Test data the user (or their organisation) typed.
const USER = {
  workspace: 'Sunny Acres',
  other: 'Oak Park',
  note: 'Called the help desk, ticket 42',
  org: 'Acme Care Group',
  contact: 'Pat Lee',
  email: 'it@acme.example',
  phone: '+1 555 0100',
};

// Pages the user taught (host + route shape: data, shown as is), here and on another route; the first is this page.
const ROUTE = '/register/:id/details';
const taughtPage = (path: string, over: Partial<TaughtPage> = {}): TaughtPage => ({ host: SITES.harp, path, step: STEPS[2]!.id, on: '2026-11-20', fix: false, ...over });
const TAUGHT = [taughtPage(ROUTE), taughtPage('/portal/requests', { host: SITES.iqies, step: STEPS[3]!.id, fix: true })];
/** As many taught pages as the guide keeps: the list is full. */
const FULL = Array.from({ length: TAUGHT_MAX }, (_, i) => taughtPage(`/full/page-${i}`));
const addresses = (pages: readonly TaughtPage[]) => pages.map((t) => `${t.host}${t.path}`);

/** Every string in a value, however deep (the catalogue's own text). */
function stringsIn(value: unknown, out: Set<string>): Set<string> {
  if (typeof value === 'string') out.add(value.trim());
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsIn(v, out);
  return out;
}

/**
 * The allow-list: data content, shown as is in every locale. Explicit, by source: add a module here only when its
 * text is data (guidance content, user data), never to silence a UI string.
 */
const DATA = stringsIn(
  [
    STEPS,
    TRACKS,
    SOURCES,
    CONTACTS,
    SITES,
    SITE_NAMES,
    USER,
    addresses(TAUGHT),
    addresses(FULL),
    'My progress' /* default workspace name, stored data */,
    // The practice copies' screens: copied CMS wording and example values, content data like the catalogue (the
    // practice page's own chrome, its banner and navigation, comes from the locale).
    PRACTICE_SCREENS,
  ],
  new Set(),
);

const pseudoFree = (text: string) => {
  // Take away ⟦…⟧ from the inside out (a message can carry another message as a substitution).
  let rest = text;
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = rest.replace(new RegExp(`${PSEUDO_OPEN}[^${PSEUDO_OPEN}${PSEUDO_CLOSE}]*${PSEUDO_CLOSE}`, 'g'), '');
  }
  return rest.trim();
};

/** Text the locale does not control: not inside ⟦…⟧, has a letter, and is not data. */
function hardCoded(root: ParentNode): string[] {
  const found: string[] = [];
  const check = (text: string | null, where: string) => {
    if (!text) return;
    const rest = pseudoFree(text);
    if (/\p{L}/u.test(rest) && !DATA.has(rest)) found.push(`${where}: ${JSON.stringify(rest)}`);
  };
  const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) check(n.textContent, `text in <${n.parentElement?.tagName.toLowerCase()}>`);
  for (const el of (root as Element).querySelectorAll('*')) {
    for (const attr of ['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description', 'aria-roledescription']) check(el.getAttribute(attr), `${attr} on <${el.tagName.toLowerCase()}>`);
    if (el instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(el.type)) check(el.value, 'input value');
  }
  return found;
}

// The panel container's world, set per test: the followed page, the policy and the progress.
let page: PageState = { kind: 'loading' };
let tabId: number | null = null;
let policy: ReadPolicy = { policy: {}, ignored: [] };
let progress: Progress;
/** What the panel asks of the followed page (on its watch port). */
const commands = { showWhere: vi.fn(async () => 'not-found' as const), practiceGo: vi.fn(() => true), present: vi.fn() };
vi.mock('@/entrypoints/sidepanel/use-page-state', () => ({ usePageState: () => ({ tabId, page, commands }) }));
vi.mock('@/entrypoints/sidepanel/use-policy', () => ({ usePolicy: () => policy }));
vi.mock('@/entrypoints/sidepanel/use-progress', async (original) => ({ ...(await original<object>()), useProgress: () => progress }));
// The 60-day guard's state and today's date (the root attributes stay the real ones).
const TODAY = '2026-11-30';
let activity: Activity = activityOf(undefined, TODAY);
vi.mock('@/entrypoints/sidepanel/use-activity', async (original) => ({
  ...(await original<typeof UseActivity>()),
  useActivity: () => activity,
  useToday: () => TODAY,
}));

function progressOf(w: WorkspaceData, extra: Partial<Progress> = {}): Progress {
  const other = { ...emptyWorkspace('oak-park-1'), name: USER.other };
  const none = () => undefined;
  const later = () => Promise.resolve();
  return {
    loaded: true,
    error: null,
    notice: null,
    dismissNotice: none,
    state: { active: w.id, workspaces: [w, other], newer: false, taught: [], demo: emptyWorkspace(DEMO_ID) },
    scope: w.id,

    workspace: w,
    chooserDismissed: true,
    toggle: none,
    setStepDone: none,
    setNote: none,
    setMilestone: none,
    setTrack: none,
    setValue: none,
    dismissChooser: none,
    switchTo: none,
    create: later,
    rename: none,
    remove: later,
    download: later,
    prepareImport: () => Promise.resolve({ ok: false, errors: [] }),
    backupDate: '2026-11-20',
    prepareRestore: () => Promise.resolve({ ok: false, errors: [] }),
    raw: {},
    put: later,
    ...extra,
  };
}

/** The same progress with these pages taught. */
const withTaught = (p: Progress, taught: readonly TaughtPage[]): Progress => ({ ...p, state: { ...p.state, taught: [...taught] } });

/** A workspace well under way on a track: ticks, a finished step, a note, key dates. */
function busyWorkspace(): WorkspaceData {
  const w = { ...emptyWorkspace('sunny-acres-1'), name: USER.workspace, track: TRACKS[0]!.id };
  const [first, second] = stepsOf(TRACKS[0]!, getStep);
  w.ticks[first!.id] = Object.fromEntries(first!.checklist.map((i) => [i.id, '2026-11-20']));
  w.steps[first!.id] = '2026-11-20';
  if (second?.checklist[0]) w.ticks[second.id] = { [second.checklist[0].id]: '2026-11-21' };
  w.notes[first!.id] = USER.note;
  w.milestones['harp-account-created'] = '2026-11-20';
  return w;
}

beforeEach(() => {
  usePseudoLocale(true);
  page = { kind: 'loading' };
  tabId = null;
  policy = { policy: {}, ignored: [] };
  progress = progressOf(busyWorkspace());
  activity = activityOf(undefined, TODAY);
});
afterEach(() => history.replaceState(null, '', '/'));
afterAll(() => usePseudoLocale(false));

const announcerText = () => document.querySelector('[data-testid="announcer"]')!.textContent ?? '';

describe('pseudo locale: no hard-coded UI string', () => {
  it('the allow-list is data, not the locale (it would hide a message)', () => {
    expect(DATA.has('Cancel')).toBe(false);
    expect(DATA.size).toBeGreaterThan(100);
    // And the check does catch a plain string.
    const p = document.createElement('p');
    p.innerHTML = `<span>${PSEUDO_OPEN}ok${PSEUDO_CLOSE}</span> Hard-coded <b title="Also hard-coded">${USER.workspace}</b>`;
    expect(hardCoded(p)).toEqual(['text in <p>: "Hard-coded"', 'title on <b>: "Also hard-coded"']);
  });

  const pages: [string, PageState][] = [
    ['loading', { kind: 'loading' }],
    ['off-site', { kind: 'off-site' }],
    ['unknown page', { kind: 'unknown', site: 'harp' }],
    ['known page', { kind: 'known', site: 'harp', step: STEPS[2]!.id }],
  ];
  for (const [name, state] of pages) {
    it(`panel, ${name}, on a track, with a step open`, async () => {
      page = state;
      const { container } = render(<App />);
      await act(() => Promise.resolve());
      if (state.kind !== 'known') fireEvent.click(container.querySelector('[data-journey-step]')!);
      expect(hardCoded(document.body)).toEqual([]);
    });
  }

  it('panel: no track, first run chooser, organisation policy with an ignored key, notices and errors', async () => {
    page = { kind: 'unknown', site: 'iqies' };
    policy = {
      policy: { organizationName: USER.org, helpContact: { name: USER.contact, email: USER.email, phone: USER.phone }, allowNotes: false },
      ignored: ['hiddenTracks'],
    };
    // The notice and the error as the store and the save path word them.
    progress = progressOf(emptyWorkspace('default'), { chooserDismissed: false, notice: i18n.t('progress.newer'), error: saveErrorMessage(new QuotaError()) });
    render(<App />);
    await act(() => Promise.resolve());
    expect(hardCoded(document.body)).toEqual([]);
    // Not now → the no-track line, the overview, the journey.
    fireEvent.click(document.querySelector('.chooser .link-button')!);
    expect(hardCoded(document.body)).toEqual([]);
  });

  it('panel on a track with no step open: the overview and Continue', async () => {
    render(<App />);
    await act(() => Promise.resolve());
    expect(document.querySelector('[data-testid="continue"]')).not.toBeNull();
    expect(hardCoded(document.body)).toEqual([]);
  });

  it('panel: announcements (the polite live region)', async () => {
    page = { kind: 'known', site: 'harp', step: STEPS[1]!.id };
    const { rerender } = render(<App />);
    await act(() => Promise.resolve());
    const announcer = document.querySelector('[data-testid="announcer"]')!;
    expect(announcer.textContent).toContain(PSEUDO_OPEN);
    page = { kind: 'unknown', site: 'harp' };
    rerender(<App />);
    await act(() => Promise.resolve());
    expect(announcer.textContent).toMatch(/^⟦.*⟧$/);
    expect(hardCoded(document.body)).toEqual([]);
  });

  it('every step of the catalogue in the step view, each status, first, middle and last on a track', () => {
    for (const [i, step] of STEPS.entries()) {
      const next = i % 3 === 0 ? null : (STEPS[i + 1] ?? null);
      const { unmount } = render(
        <StepView
          step={step}
          checked={new Set(step.checklist.slice(0, 1).map((c) => c.id))}
          status={(['done', 'current', 'todo'] as const)[i % 3]}
          isDetected={i % 2 === 0}
          onToggle={() => undefined}
          note={i % 2 ? TRACKS[0]!.notes?.[step.id] ?? null : null}
          next={i % 4 === 3 ? undefined : next}
          place={i % 2 ? { index: i, total: STEPS.length } : null}
          orgContact={i % 2 ? { organizationName: USER.org } : null}
          onShowWhere={i % 2 ? () => undefined : undefined}
          showWhere={i % 4 === 1 ? 'not-found' : null}
        />,
      );
      expect(hardCoded(document.body), step.id).toEqual([]);
      unmount();
    }
  });

  it('"What went wrong?" search: results of every kind, and nothing found with whom to contact', () => {
    const index = buildIndex(STEPS, CONTACTS);
    const results = [...search(index, 'locked out'), ...search(index, 'QualityNet Help Desk')];
    expect(new Set(results.map((r) => r.kind))).toEqual(new Set(['problem', 'step', 'contact']));
    const { rerender } = render(<GuideSearch query="locked" results={results} onQuery={vi.fn()} onChoose={vi.fn()} contacts={['iqies-service-center']} />);
    expect(hardCoded(document.body)).toEqual([]);
    rerender(<GuideSearch query="banana" results={[]} onQuery={vi.fn()} onChoose={vi.fn()} contacts={['iqies-service-center', 'qualitynet-help-desk']} />);
    expect(hardCoded(document.body)).toEqual([]);
  });

  it('workspace bar, transfer panel (errors, preview, stale note), key dates, step extras, policy note, citations', () => {
    const ws = [
      { id: 'default', name: 'My progress' },
      { id: 'oak', name: USER.other },
    ];
    const { container } = render(
      <div>
        <WorkspaceBar workspaces={ws} active="oak" onSwitch={vi.fn()} onCreate={vi.fn()} onRename={vi.fn()} onDelete={vi.fn()} />
        <TransferPanel
          summaryHref="/summary.html"
          onExport={vi.fn()}
          onFile={vi.fn()}
          preview={[
            { id: 'oak', name: USER.other, isNew: false, ticksBefore: 2, ticksAfter: 5 },
            { id: 'new', name: USER.workspace, isNew: true, ticksBefore: 0, ticksAfter: 1 },
          ]}
          previewNote={i18n.t('workspacePanel.changed')}
          errors={[]}
          onApply={vi.fn()}
          onCancel={vi.fn()}
          backupDate="2026-11-20"
          onRestore={vi.fn()}
        />
        <Milestones dates={{ 'role-requested': '2026-11-21' }} onChange={vi.fn()} />
        <StepExtras stepId={STEPS[0]!.id} doneOn="2026-11-20" note={USER.note} onDone={vi.fn()} onNote={vi.fn()} />
        <StepExtras stepId={STEPS[1]!.id} doneOn={undefined} note="" onDone={vi.fn()} onNote={vi.fn()} allowNotes={false} />
        <PolicyNote ignored={['workspaces', 'defaultTrack']} unknown={['orgName']} notCreated={[USER.workspace]} />
        <SummaryMissing asked={USER.other} workspaces={[{ id: 'default', name: USER.workspace }]} />
        <Cites cites={[{ source: 'qsep-faq', says: 'Initiate Manual Proofing' }]} />
        <Cites cites={[{ source: 'qsep-faq', says: 'Initiate Manual Proofing' }, { source: 'tx-hhs-chow', says: '' }]} />
        <TrackProgress track={TRACKS[1]!} stepsDone={1} percent={40} onChange={vi.fn()} />
      </div>,
    );
    expect(hardCoded(document.body)).toEqual([]);
    fireEvent.click([...container.querySelectorAll('button')].find((b) => b.textContent!.includes('Rename'))!);
    expect(hardCoded(document.body)).toEqual([]);
    fireEvent.click([...container.querySelectorAll('.workspace-bar button')].find((b) => b.getAttribute('type') === 'button')!);
    render(<WorkspaceBar workspaces={ws} active="oak" onSwitch={vi.fn()} onCreate={vi.fn()} onRename={vi.fn()} onDelete={vi.fn()} />);
    for (const b of document.querySelectorAll('.workspace-bar button')) if (b.textContent!.includes('Delete')) fireEvent.click(b);
    expect(document.querySelector('#ws-delete-q')).not.toBeNull();
    expect(hardCoded(document.body)).toEqual([]);
  });

  it('import errors keep their path and say the problem in the locale', () => {
    const ws = (w: object) => JSON.stringify({ format: FILE_FORMAT, schemaVersion: 2, exportedAt: '2026-11-30', workspaces: [w] });
    const good = { id: 'a', name: 'A', track: null, ticks: {}, steps: {}, milestones: {} };
    const files = [
      'not json',
      '{"a":'.repeat(40) + '1' + '}'.repeat(40),
      '{"__proto__": {}}',
      '[]',
      JSON.stringify({ format: FILE_FORMAT, schemaVersion: 9, exportedAt: '2026-11-30', workspaces: [good] }),
      JSON.stringify({ format: FILE_FORMAT, schemaVersion: 2, exportedAt: '2026-11-30', workspaces: [] }),
      JSON.stringify({ format: 'other', schemaVersion: 'x', exportedAt: 3, workspaces: [{ ...good, name: '', id: 'Bad Id', ticks: 4 }] }),
      ws({ ...good, steps: { 'harp-profile': { done: 'soon', note: 'x'.repeat(5000) } }, name: 'n'.repeat(500) }),
      ws({ ...good, track: 'nowhere', ticks: { nope: {}, [STEPS[0]!.id]: { nope: '2026-11-30' } }, steps: { nope: {} }, milestones: { nope: '2026-11-30' } }),
      JSON.stringify({ format: FILE_FORMAT, schemaVersion: 2, exportedAt: '2026-11-30', workspaces: [good, good] }),
      // Taught pages in a file: not a CMS host, not a route shape, an unknown step; and more than the guide keeps.
      JSON.stringify({
        format: FILE_FORMAT,
        schemaVersion: 2,
        exportedAt: '2026-11-30',
        workspaces: [good],
        taught: [
          { host: 'example.org', path: '/a', step: STEPS[0]!.id, on: '2026-11-30' },
          { host: SITES.harp, path: 'no slash', step: STEPS[0]!.id, on: '2026-11-30' },
          { host: SITES.harp, path: '/a', step: 'nope', on: '2026-11-30' },
        ],
      }),
      JSON.stringify({ format: FILE_FORMAT, schemaVersion: 2, exportedAt: '2026-11-30', workspaces: [good], taught: FULL.concat(TAUGHT) }),
    ];
    const errors = [tooLarge(), ...files.flatMap((text) => {
      const r = parseImport(text);
      return r.ok ? [] : r.errors;
    })];
    expect(errors.length).toBeGreaterThan(15);
    render(<TransferPanel summaryHref="/s" onExport={vi.fn()} onFile={vi.fn()} preview={null} errors={errors} onApply={vi.fn()} onCancel={vi.fn()} />);
    // The path (data, not words) stays first, as in `workspaces.0.steps.harp-profile.done: expected a date`.
    const paths = errors.map((e) => e.slice(0, e.indexOf(': ')));
    for (const path of paths) expect(path).toMatch(/^\(file\)$|^[\w.-]+$/);
    expect(hardCoded(document.body).filter((h) => !paths.some((p) => h.endsWith(`"${p}:"`)))).toEqual([]);
  });

  describe('teaching a page', () => {
    const unknownHere: PageState = { kind: 'unknown', site: 'harp', route: ROUTE };
    const knownHere: PageState = { kind: 'known', site: 'harp', step: STEPS[1]!.id, route: ROUTE };
    const renderPanel = async () => {
      const view = render(<App />);
      await act(() => Promise.resolve());
      return view;
    };

    it('an unknown page: "This page is…" with the steps grouped, on a track and with none', async () => {
      page = unknownHere;
      await renderPanel();
      const select = document.querySelector<HTMLSelectElement>('select[data-teach-step]')!;
      expect(select.querySelectorAll('optgroup').length).toBeGreaterThan(2);
      expect(hardCoded(document.body)).toEqual([]);
      document.body.innerHTML = '';
      progress = progressOf({ ...emptyWorkspace('default'), track: null });
      await renderPanel();
      expect(document.querySelectorAll('select[data-teach-step] optgroup').length).toBeGreaterThan(1);
      expect(hardCoded(document.body)).toEqual([]);
    });

    it('a taught page: the "you told me" note with Undo; "Pages you taught" open, with a correction among them', async () => {
      page = unknownHere;
      progress = withTaught(progress, TAUGHT);
      await renderPanel();
      expect(document.querySelector('[data-teach="you"] [data-taught-note]')).not.toBeNull();
      fireEvent.click(document.querySelector('[data-taught-pages] summary')!);
      expect(document.querySelectorAll('[data-taught-page]')).toHaveLength(TAUGHT.length);
      expect(hardCoded(document.body)).toEqual([]);
    });

    it('forgetting another page is announced in the locale', async () => {
      page = unknownHere;
      progress = withTaught(progress, TAUGHT);
      await renderPanel();
      fireEvent.click(document.querySelector(`[data-taught-page="${addresses(TAUGHT)[1]}"] [data-forget]`)!);
      const announcer = document.querySelector('[data-testid="announcer"]')!;
      await waitFor(() => expect(announcer.textContent).toContain(addresses(TAUGHT)[1]));
      expect(pseudoFree(announcer.textContent!)).toBe('');
    });

    it('a recognised page with "Not this step?" open', async () => {
      page = knownHere;
      await renderPanel();
      const details = document.querySelector<HTMLDetailsElement>('.teach-fix')!;
      fireEvent.click(details.querySelector('summary')!);
      details.open = true;
      expect(details.querySelector('select[data-teach-step]')).not.toBeNull();
      expect(hardCoded(document.body)).toEqual([]);
    });

    it('the cap: teaching one more page than the guide keeps says so plainly', async () => {
      page = unknownHere;
      progress = withTaught(progress, FULL);
      await renderPanel();
      fireEvent.change(document.querySelector('select[data-teach-step]')!, { target: { value: STEPS[1]!.id } });
      await act(() => Promise.resolve());
      expect(document.querySelector('[data-teach-message]')?.textContent).toContain(PSEUDO_OPEN);
      fireEvent.click(document.querySelector('[data-taught-pages] summary')!);
      expect(hardCoded(document.body)).toEqual([]);
    });

    it('the import preview says how many taught pages a file brings (one, and several)', () => {
      for (const count of [1, 3]) {
        const preview = [{ id: 'oak', name: USER.other, isNew: false, ticksBefore: 2, ticksAfter: 5 }];
        const { unmount } = render(
          <TransferPanel summaryHref="/s" onExport={vi.fn()} onFile={vi.fn()} preview={preview} previewTaught={count} errors={null} onApply={vi.fn()} onCancel={vi.fn()} />,
        );
        expect(document.querySelector('[data-testid="import-taught"]')?.textContent).toContain(PSEUDO_OPEN);
        expect(hardCoded(document.body)).toEqual([]);
        unmount();
      }
    });
  });

  // Between the pages: the guard in each state, the waiting card for each approver and wait, the PSO view,
  // reminders off, on without permission, on by the organisation's policy, and the problem said after a failed toggle.
  const guard: [string, string | undefined][] = [
    ['unknown', undefined],
    ['ok, today', TODAY],
    ['ok, 1 day', '2026-11-29'],
    ['warn (50 days)', '2026-10-11'],
    ['lapsed (61 days)', '2026-09-30'],
  ];
  for (const [name, last] of guard) {
    it(`panel: 60-day guard ${name}, reminders off`, async () => {
      activity = activityOf(last, TODAY);
      render(<App />);
      await act(() => Promise.resolve());
      expect(document.querySelector('main')!.getAttribute('data-activity')).toBe(activity.state);
      expect(document.querySelector('[data-reminders="off"]')).not.toBeNull();
      if (activity.state === 'lapsed') expect(document.querySelector('[data-testid="restore-track"]')).not.toBeNull();
      expect(hardCoded(document.body)).toEqual([]);
    });
  }

  const waits: [string, string | null, string][] = [
    ['first PSO (CMS approves), requested today', 'first-pso', TODAY],
    ['staff (a PSO approves), 1 day', 'staff', '2026-11-29'],
    ['no track (either), 5 days, overdue', null, '2026-11-25'],
    ['first PSO, 5 days, overdue', 'first-pso', '2026-11-25'],
  ];
  for (const [name, track, since] of waits) {
    it(`panel: waiting card, ${name}`, async () => {
      const w = { ...busyWorkspace(), track: track as WorkspaceData['track'] };
      w.milestones['role-requested'] = since;
      progress = progressOf(w, { chooserDismissed: true });
      render(<App />);
      await act(() => Promise.resolve());
      expect(document.querySelector(`[data-waiting-since="${since}"]`)).not.toBeNull();
      expect(hardCoded(document.body)).toEqual([]);
    });
  }

  it('panel: recording "role requested" and "HARP account created" is announced from the locale', async () => {
    const w = emptyWorkspace('default');
    progress = progressOf(w);
    page = { kind: 'known', site: 'iqies', step: 'iqies-request-submitted' };
    const { rerender } = render(<App />);
    await act(() => Promise.resolve());
    const announcer = document.querySelector('[data-testid="announcer"]')!;
    expect(announcer.textContent).toMatch(/^⟦.*⟧$/);
    page = { kind: 'known', site: 'harp', step: 'harp-confirmation' };
    rerender(<App />);
    await act(() => Promise.resolve());
    expect(announcer.textContent).toMatch(/^⟦.*⟧$/);
    expect(hardCoded(document.body)).toEqual([]);
  });

  for (const counts of [{}, { psos: 0, pending: 3 }, { psos: 1, pending: 0 }, { psos: 4, pending: 2 }]) {
    it(`panel: PSO view ${JSON.stringify(counts)}`, async () => {
      // The counts live with the step where a PSO works the pending requests.
      page = { kind: 'known', site: 'iqies', step: 'iqies-manage-requests' };
      const w = { ...busyWorkspace(), track: 'pso-duties' as const };
      progress = progressOf({ ...w, values: { 'pso-duties': counts } });
      render(<App />);
      await act(() => Promise.resolve());
      expect(document.querySelector('[data-pso-view]')).not.toBeNull();
      expect(hardCoded(document.body)).toEqual([]);
    });
  }

  it('panel: reminders on without the notifications permission, on by policy, and a failed toggle', async () => {
    activity = activityOf('2026-10-11', TODAY);
    progress = progressOf(busyWorkspace(), { raw: { [REMINDERS_KEY]: { on: true } } });
    const { unmount } = render(<App />);
    await act(() => Promise.resolve());
    expect(document.querySelector('[data-reminders="on"]')).not.toBeNull();
    expect(document.querySelector('[data-testid="allow-notifications"]')).not.toBeNull();
    expect(hardCoded(document.body)).toEqual([]);
    unmount();

    policy = { policy: { remindersDefault: true }, ignored: [] };
    progress = progressOf(busyWorkspace());
    render(<App />);
    await act(() => Promise.resolve());
    expect(document.querySelector('[data-reminders="on"]')).not.toBeNull();
    expect(hardCoded(document.body)).toEqual([]);
    // The fake browser cannot ask for permissions: the panel says the problem in the locale's words.
    fireEvent.click(document.querySelector('[data-testid="allow-notifications"]')!);
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(document.querySelector('.reminders [role="status"]')?.textContent).toMatch(/^⟦.*⟧$/);
    expect(hardCoded(document.body)).toEqual([]);
  });

  it('background: toolbar tooltip and every notification come from the locale', () => {
    const words = (text: string) => expect(pseudoFree(text), text).not.toMatch(/\p{L}/u);
    const waiting: Waiting[] = (['cms', 'pso', 'either'] as const).map((approver, i) => ({
      ws: `ws-${i}`,
      name: USER.workspace,
      since: '2026-11-25',
      days: 5,
      approver,
      overdue: true,
    }));
    for (const last of [undefined, '2026-10-11', '2026-09-30']) {
      const a = activityOf(last, TODAY);
      for (const w of [[], waiting]) {
        const title = planReminders({ on: true, activity: a, waiting: w, sent: [] }).badge.title;
        words(title);
        // The reasons sit inside the title's message: each must be a message of its own, not English glued in.
        const [before, after] = i18n.t('reminders.badgeTitle', { reasons: '\u0000' }).split('\u0000') as [string, string];
        if (!title.startsWith(before)) continue;
        for (const reason of title.slice(before.length, title.length - after.length).split(i18n.t('reminders.badgeSeparator'))) {
          expect(reason, title).toMatch(/^⟦.*⟧$/);
          words(reason);
        }
      }
    }
    const warn = activityOf('2026-10-11', TODAY);
    const names = [`iqag:sign-in-45:${warn.last}`, ...waiting.map((w) => `iqag:waiting:${w.ws}:${w.since}`)];
    for (const name of names) {
      const notice = noticeFor(name, warn, waiting);
      expect(notice, name).not.toBeNull();
      words(notice!.title);
      words(notice!.message);
    }
  });

  it('the printable summary, with and without a track', () => {
    for (const w of [busyWorkspace(), { ...emptyWorkspace('default'), track: null }]) {
      const track = w.track ? getTrack(w.track) : undefined;
      const { done, left } = summarize(w, track ? stepsOf(track, getStep) : STEPS);
      const { unmount } = render(<Summary workspace={w} trackTitle={track?.title ?? null} done={done} left={left} today="2026-11-30" onPrint={vi.fn()} />);
      expect(hardCoded(document.body)).toEqual([]);
      unmount();
    }
  });
  it('panel in presenter mode: presenter bar, key legend, pop-out, hand-out link, and what a key announces', async () => {
    // The privacy screen: presenting from a real HARP page tells it so (the page blurs its fields meanwhile).
    commands.present.mockClear();
    tabId = 7;
    page = { kind: 'known', site: 'harp', step: TRACKS[0]!.steps[1]! };
    history.replaceState(null, '', '/sidepanel.html?tabId=7&mode=present');
    render(<App />);
    await act(() => Promise.resolve());
    expect(document.querySelector('main')!.getAttribute('data-mode')).toBe('present');
    for (const id of ['presenter-toggle', 'pop-out', 'handout-link', 'key-legend']) expect(document.querySelector(`[data-testid="${id}"]`), id).not.toBeNull();
    expect(commands.present).toHaveBeenLastCalledWith(true);
    expect(hardCoded(document.body)).toEqual([]);
    // A presenter key moves to the track's last step and says where it is ("Step n of m: title").
    fireEvent.keyDown(document, { key: 'End' });
    await act(() => Promise.resolve());
    const last = TRACKS[0]!.steps.at(-1)!;
    expect(document.querySelector('[aria-current="step"]')?.getAttribute('data-step-id')).toBe(last);
    const total = TRACKS[0]!.steps.length;
    expect(announcerText()).toBe(i18n.t('app.announceStep', { n: String(total), total: String(total), title: getStep(last)!.title }));
    expect(hardCoded(document.body)).toEqual([]);
    // Toggled off: no legend left behind, and the page is told it is no longer presented.
    fireEvent.click(document.querySelector('[data-testid="presenter-toggle"]')!);
    expect(document.querySelector('[data-testid="key-legend"]')).toBeNull();
    await act(() => Promise.resolve());
    expect(commands.present).toHaveBeenLastCalledWith(false);
    expect(hardCoded(document.body)).toEqual([]);
  });

  it('panel following a practice copy (demo mode): demo bar, its reset, a failed demo save', async () => {
    tabId = 7;
    page = { kind: 'known', site: 'harp', step: 'harp-profile', practice: true };
    // The demo writes through the store's put, as real progress does.
    progress = progressOf(busyWorkspace(), { put: (key, value) => fakeBrowser.storage.local.set({ [key]: value }) });
    render(<App />);
    await act(() => Promise.resolve());
    await waitFor(() => expect(document.querySelector('main')!.getAttribute('data-workspace')).toBe('demo'));
    expect(document.querySelector('[data-testid="demo-bar"]')).not.toBeNull();
    expect(hardCoded(document.body)).toEqual([]);
    fireEvent.click(document.querySelector('[data-testid="demo-reset"]')!);
    const demoTrack = document.querySelector('[data-testid="demo-bar"]')!.getAttribute('data-demo-track')!;
    await waitFor(() => expect(announcerText()).toBe(i18n.t('app.announceDemoReset', { title: getTrack(demoTrack as TrackId)!.title })));
    expect(hardCoded(document.body)).toEqual([]);
    // A demo change that cannot be saved is said in the locale's words.
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('quota'));
    fireEvent.click(document.querySelector('input[type="checkbox"]')!);
    await waitFor(() => expect(document.querySelector('p.error[role="alert"]')?.textContent).toBe(i18n.t('demo.saveFailed')));
    expect(hardCoded(document.body)).toEqual([]);
  });

  it('the hand-out: every track, and a track whose steps need nothing ready', () => {
    const { unmount } = render(<Handout tracks={TRACKS} onPrint={vi.fn()} />);
    expect(document.querySelectorAll('[data-testid="handout"]')).toHaveLength(TRACKS.length);
    expect(hardCoded(document.body)).toEqual([]);
    unmount();
    const bare = STEPS.find((st) => st.haveReady.length === 0);
    expect(bare).toBeDefined();
    render(<TrackHandout track={{ ...TRACKS[0]!, steps: [bare!.id] }} />);
    expect(hardCoded(document.body)).toEqual([]);
  });

  it('every practice copy: the practice banner, its sources, branches and the list of practice screens', () => {
    let branches = 0;
    for (const screen of PRACTICE_SCREENS) {
      const { unmount } = render(<PracticeView screen={screen} go={vi.fn()} />);
      branches += document.querySelectorAll('.practice-branches a').length;
      expect(document.querySelector('[data-practice-banner]')?.textContent).toContain(PSEUDO_OPEN);
      expect(hardCoded(document.body), screen.id).toEqual([]);
      unmount();
    }
    expect(branches).toBeGreaterThanOrEqual(5);
  });
});
