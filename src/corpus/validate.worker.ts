/// <reference lib="webworker" />
/** Validates corpus texts off the main thread: one message in (the text), one out (a ValidationResult). */
import { checkCorpusText } from './validate';

self.onmessage = (event: MessageEvent<{ id: number; text: string }>) => {
  const { id, text } = event.data;
  self.postMessage({ id, result: checkCorpusText(text) });
};
