/**
 * What the reliability specs watch on every page: each request (and whether it left the app's origin), each
 * console message, each uncaught error, each dialog, and each Content-Security-Policy violation the page
 * reports (`securitypolicyviolation`, recorded by an init script, which the page's CSP does not govern).
 */
import { expect, type ConsoleMessage, type Page } from '@playwright/test';
import type { Corpus } from '../src/corpus/schema';
import { corpus } from './corpus';

declare global {
  interface Window {
    __cspViolations?: string[];
    __pwned?: unknown;
  }
}

export interface Guard {
  /** Every URL requested, in order. */
  readonly requests: string[];
  /** Requests to another origin (data: URLs included: the page should make none it did not ship). */
  readonly foreign: string[];
  readonly pageErrors: string[];
  readonly console: { type: string; text: string }[];
  readonly dialogs: string[];
  /** CSP violations the page reported so far. */
  violations(): Promise<string[]>;
  /** No uncaught error, no dialog, no request elsewhere, no CSP violation, no console error or warning (bar `allowConsole`). */
  expectClean(options?: { allowConsole?: RegExp }): Promise<void>;
}

export async function guard(page: Page, baseURL: string | undefined): Promise<Guard> {
  const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
  const requests: string[] = [];
  const foreign: string[] = [];
  const pageErrors: string[] = [];
  const messages: { type: string; text: string }[] = [];
  const dialogs: string[] = [];
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) => window.__cspViolations!.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'}${e.sample ? `: ${e.sample}` : ''}`),
      true,
    );
  });
  page.on('request', (r) => {
    requests.push(r.url());
    if (new URL(r.url()).origin !== origin) foreign.push(r.url());
  });
  page.on('console', (m: ConsoleMessage) => messages.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => pageErrors.push(`${e.name}: ${e.message}`));
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  const violations = () => page.evaluate(() => [...(window.__cspViolations ?? [])]);
  return {
    requests,
    foreign,
    pageErrors,
    console: messages,
    dialogs,
    violations,
    async expectClean({ allowConsole } = {}) {
      expect(pageErrors, 'uncaught errors').toEqual([]);
      expect(dialogs, 'dialogs').toEqual([]);
      expect(foreign, 'requests to another origin').toEqual([]);
      expect(await violations(), 'CSP violations').toEqual([]);
      const loud = messages.filter((m) => (m.type === 'error' || m.type === 'warning') && !(allowConsole?.test(m.text) ?? false));
      expect(loud, 'console errors and warnings').toEqual([]);
    },
  };
}

/** A deep copy of the served corpus, to break or poison. */
export function corpusCopy(): Corpus {
  return structuredClone(corpus);
}

/** The page's width does not exceed the viewport: nothing scrolls sideways. On failure, names what sticks out. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, innerWidth, wide } = await page.evaluate(() => {
    const clipped = (e: Element): boolean => {
      for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return true;
      return false;
    };
    const sticking = [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !clipped(e))
      .reverse()
      .slice(0, 4)
      .map((e) => `${e.tagName.toLowerCase()}.${String(e.getAttribute('class') ?? '').slice(0, 50)} “${(e.textContent ?? '').slice(0, 30)}”`);
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, wide: sticking };
  });
  expect(scrollWidth, `page width (sticking out: ${wide.join(' | ')})`).toBeLessThanOrEqual(innerWidth);
}
