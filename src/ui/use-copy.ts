import { useEffect, useRef, useState } from 'react';
import { copyText } from './clipboard';

export type CopyState = 'idle' | 'copied' | 'failed';

/** Copy a text on demand and say how it went for 2.5 s ("copied" or "failed"), then go back to idle. */
export function useCopy(): { state: CopyState; copy: (text: string) => Promise<void> } {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
  const copy = async (text: string) => {
    setState((await copyText(text)) ? 'copied' : 'failed');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), 2500);
  };
  return { state, copy };
}
