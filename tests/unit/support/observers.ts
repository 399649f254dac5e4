import { vi } from 'vitest';

/**
 * Replaces MutationObserver with one that counts its wake-ups and knows which observers are connected now (a
 * watcher left behind keeps one connected). The tests that use it undo it with vi.unstubAllGlobals().
 */
export function trackObservers() {
  const connected = new Set<MutationObserver>();
  let callbacks = 0;
  const Real = MutationObserver;
  vi.stubGlobal(
    'MutationObserver',
    class extends Real {
      constructor(callback: MutationCallback) {
        super((records, observer) => {
          callbacks++;
          callback(records, observer);
        });
      }
      override observe(target: Node, options?: MutationObserverInit) {
        connected.add(this);
        super.observe(target, options);
      }
      override disconnect() {
        connected.delete(this);
        super.disconnect();
      }
    },
  );
  return { connected, callbacks: () => callbacks };
}
