/// <reference lib="webworker" />
/** Validates corpus texts off the main thread: one message in (the text and what it is), one out (a ValidationResult). */
import { checkText, type CheckKind } from './validate';

self.onmessage = (event: MessageEvent<{ id: number; text: string; kind: CheckKind; manifestText?: string }>) => {
  const { id, text, kind, manifestText } = event.data;
  self.postMessage({ id, result: checkText(text, kind, manifestText) });
};
