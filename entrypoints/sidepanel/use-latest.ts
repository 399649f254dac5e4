import { useLayoutEffect, useRef } from 'preact/hooks';
import type { MutableRef } from 'preact/hooks';

/**
 * A ref holding the value of the latest render, for listeners and effects that run on other changes than this value.
 * Synced right after each render (never written during it), before any effect of that render runs.
 */
export function useLatest<T>(value: T): MutableRef<T> {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
