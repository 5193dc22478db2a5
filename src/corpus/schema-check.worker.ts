/// <reference lib="webworker" />
/** Validates corpus texts off the main thread: one message in (the text and what it is), one out (a ValidationResult). */
import { checkText } from './schema-check';
import type { CheckRequest } from './schema-check-client';

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  const request = event.data;
  const text = 'bytes' in request ? new TextDecoder().decode(request.bytes) : request.text;
  self.postMessage({ id: request.id, result: checkText(text, request.kind, request.manifestText, request.chunkId) });
};
