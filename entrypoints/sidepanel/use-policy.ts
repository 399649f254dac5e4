import { useEffect, useState } from 'preact/hooks';
import type { ReadPolicy } from '@/utils/policy';
import { loadPolicy, watchPolicy } from '@/utils/policy-store';

const NONE: ReadPolicy = { policy: {}, ignored: [], unknown: [] };

/** The organisation's policy (managed storage), read at open and again whenever IT changes it. */
export function usePolicy(): ReadPolicy {
  const [read, setRead] = useState<ReadPolicy>(NONE);
  useEffect(() => {
    let live = true;
    void loadPolicy().then((p) => live && setRead(p));
    const stop = watchPolicy((p) => live && setRead(p));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return read;
}
