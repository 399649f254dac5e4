import { act, fireEvent, render, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/sidepanel/App';
import { firstPracticeStep } from '@/entrypoints/sidepanel/practice-tab';
import { useDemo } from '@/entrypoints/sidepanel/use-demo';
import type { Progress } from '@/entrypoints/sidepanel/use-progress';
import { useProgress } from '@/entrypoints/sidepanel/use-progress';
import type { PageState } from '@/utils/panel/page-state';
import type { ReadPolicy } from '@/utils/policy';
import { getTrack } from '@/utils/tracks/data';

// The followed page and the policy are the test's; progress is the real store (the fake browser's storage).
let page: PageState = { kind: 'loading' };
const policy: ReadPolicy = { policy: {}, ignored: [] };
/** What the panel asks of the followed practice tab (on its watch port). */
const commands = { showWhere: vi.fn(async () => 'not-found' as const), practiceGo: vi.fn(() => true), present: vi.fn() };
vi.mock('@/entrypoints/sidepanel/use-page-state', () => ({ usePageState: () => ({ tabId: 7, page, commands }) }));
vi.mock('@/entrypoints/sidepanel/use-policy', () => ({ usePolicy: () => policy }));

const stored = (): Promise<Record<string, unknown>> => fakeBrowser.storage.local.get(null);
const realKeys = async () => Object.keys(await stored()).filter((k) => k.startsWith('ws:'));

/** A panel following a practice copy, as far as progress goes: the real store, and the demo picked over it. */
function DemoPanel({ onProgress }: { onProgress(p: Progress): void }) {
  const demo = useDemo(useProgress(), true);
  onProgress(demo.progress);
  return null;
}

beforeEach(() => {
  commands.practiceGo.mockClear();
  vi.spyOn(fakeBrowser.tabs, 'connect').mockReturnValue({ onDisconnect: { addListener: vi.fn() }, onMessage: { addListener: vi.fn() }, disconnect: vi.fn(), postMessage: vi.fn() } as never);
});

describe('two panels editing the demo', () => {
  it('keep each other’s writes (one key per piece, as in real progress)', async () => {
    let a: Progress | undefined;
    let b: Progress | undefined;
    render(
      <>
        <DemoPanel onProgress={(p) => (a = p)} />
        <DemoPanel onProgress={(p) => (b = p)} />
      </>,
    );
    await waitFor(() => expect(a?.loaded && b?.loaded).toBe(true));
    // Both act before either hears of the other's change.
    act(() => {
      a!.toggle('harp-profile', 'legal-name', true);
      b!.toggle('harp-profile', 'work-email', true);
      b!.setNote('harp-profile', 'PSO is Dana');
    });
    await waitFor(() => {
      for (const p of [a!, b!]) {
        expect(Object.keys(p.workspace.ticks['harp-profile'] ?? {}).sort()).toEqual(['legal-name', 'work-email']);
        expect(p.workspace.notes['harp-profile']).toBe('PSO is Dana');
      }
    });
    expect(await realKeys()).toEqual([]);
  });
});

describe('the panel on a practice copy', () => {
  it('offers no PSO counts there, and real progress keeps none from it', async () => {
    await fakeBrowser.storage.local.set({ 'ws:default:track': { id: 'pso-duties' } });
    page = { kind: 'known', site: 'iqies', step: 'iqies-manage-requests', practice: true };
    render(<App />);
    await waitFor(() => expect(document.querySelector('main')!.getAttribute('data-workspace')).toBe('demo'));
    await waitFor(() => expect(document.querySelector<HTMLInputElement>('[data-step-id="iqies-manage-requests"] input[data-item-id]')?.disabled).toBe(false));
    const count = document.querySelector<HTMLInputElement>('[data-testid="pso-count"]');
    if (count) {
      count.value = '3';
      fireEvent.change(count);
      await act(() => Promise.resolve());
    }
    expect(await realKeys()).toEqual(['ws:default:track']);
    expect(count).toBeNull();
  });

  it('ticks land in the demo keys only, and "Reset demo" clears them and starts on the chosen track', async () => {
    page = { kind: 'known', site: 'harp', step: 'harp-profile', practice: true };
    render(<App />);
    await waitFor(() => expect(document.querySelector('main')!.getAttribute('data-workspace')).toBe('demo'));
    const box = await waitFor(() => {
      const b = document.querySelector<HTMLInputElement>('input[type="checkbox"][data-item-id]');
      expect(b?.disabled).toBe(false);
      return b!;
    });
    fireEvent.click(box);
    await waitFor(async () => expect(Object.keys(await stored()).filter((k) => k.includes(':tick:'))).toEqual([`demo:tick:harp-profile:${box.dataset.itemId}`]));
    expect(await realKeys()).toEqual([]);
    fireEvent.change(document.querySelector('#demo-track')!, { target: { value: 'staff' } });
    fireEvent.click(document.querySelector('[data-testid="demo-reset"]')!);
    await waitFor(async () => expect(await stored()).toEqual({ 'progress.version': expect.any(Number), 'demo:track': { id: 'staff' } }));
    await waitFor(() => expect(document.querySelector('[data-testid="demo-bar"]')!.getAttribute('data-demo-track')).toBe('staff'));
    // The practice tab is moved to the new track's first screen.
    expect(commands.practiceGo).toHaveBeenCalledWith(firstPracticeStep(getTrack('staff')!));
  });
});
