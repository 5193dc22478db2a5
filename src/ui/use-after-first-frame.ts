import { useEffect, useState } from 'react';

/**
 * False until the frame after the first one has been drawn. What is not the timeline itself (the filters,
 * the list, the background, the coverage strip) mounts then, so a large corpus's timeline is drawn without
 * waiting for their rendering and layout.
 * Hidden tabs draw no frames: a timer stands in for the frame there.
 */
export function useAfterFirstFrame(): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    let timer = 0;
    const done = () => setAfter(true);
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(done, 0);
    });
    const fallback = window.setTimeout(done, 250);
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      window.clearTimeout(fallback);
    };
  }, []);
  return after;
}
