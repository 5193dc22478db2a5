import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary, failureMessage, MAX_FAILURE_MESSAGE } from './ErrorBoundary';

/** A boundary as React drives it, without a DOM: the state React derives from an error, then render(). */
function failed(error: unknown, name = 'Timeline') {
  const boundary = new ErrorBoundary({ name, children: <p>the panel</p> });
  boundary.state = ErrorBoundary.getDerivedStateFromError(error);
  return boundary;
}

describe('ErrorBoundary', () => {
  it('renders its children while nothing failed', () => {
    const boundary = new ErrorBoundary({ name: 'Timeline', children: <p>the panel</p> });
    expect(renderToStaticMarkup(<>{boundary.render()}</>)).toBe('<p>the panel</p>');
  });

  it('after an error, shows "This panel failed: …" in an alert, in a region of the panel’s name, with "Try again"', () => {
    const html = renderToStaticMarkup(<>{failed(new TypeError('c.sections.map is not a function'), 'Background').render()}</>);
    expect(html).toMatch(/^<section aria-label="Background"/);
    expect(html).toContain('<div role="alert"><p class="break-words"><span class="font-semibold">This panel failed:</span> c.sections.map is not a function</p></div>');
    expect(html).toContain('<button type="button"');
    expect(html).toContain('>Try again<span class="sr-only"> to show the Background panel</span></button>');
    expect(html).not.toContain('the panel</p>');
  });

  it('shows a message quoting untrusted text as text, never as markup', () => {
    const html = renderToStaticMarkup(<>{failed(new Error('bad title <img src=x onerror=alert(1)><script>alert(2)</script>')).render()}</>);
    expect(html).toContain('bad title &lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).not.toMatch(/<img|<script/);
  });

  it('"Try again" clears the failure; a new resetKey (another corpus) clears it too', () => {
    const boundary = failed(new Error('boom'));
    const setState = vi.spyOn(boundary, 'setState').mockImplementation(() => undefined);
    const onRetry = (boundary.render() as { props: { children: { props: { onClick?: () => void } }[] } }).props.children[1]!.props.onClick!;
    onRetry();
    expect(setState).toHaveBeenLastCalledWith({ failure: null });

    setState.mockClear();
    const withKey = new ErrorBoundary({ name: 'Timeline', children: null, resetKey: 'a' });
    withKey.state = ErrorBoundary.getDerivedStateFromError(new Error('boom'));
    const spy = vi.spyOn(withKey, 'setState').mockImplementation(() => undefined);
    withKey.componentDidUpdate({ name: 'Timeline', children: null, resetKey: 'a' });
    expect(spy).not.toHaveBeenCalled();
    withKey.componentDidUpdate({ name: 'Timeline', children: null, resetKey: 'b' });
    expect(spy).toHaveBeenCalledWith({ failure: null });
  });

  it('logs what failed, with the panel name', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const error = new Error('boom');
    failed(error, 'Filters').componentDidCatch(error, { componentStack: '\n    at FiltersPanel' });
    expect(log).toHaveBeenCalledWith('The Filters panel failed:', error, '\n    at FiltersPanel');
    log.mockRestore();
  });
});

describe('failureMessage', () => {
  it('uses the error message, a thrown string, or a plain fallback', () => {
    expect(failureMessage(new RangeError('Invalid array length'))).toBe('Invalid array length');
    expect(failureMessage('thrown text')).toBe('thrown text');
    expect(failureMessage(undefined)).toBe('an unexpected error');
    expect(failureMessage({ message: 'not an Error' })).toBe('an unexpected error');
    expect(failureMessage(new Error('   '))).toBe('an unexpected error');
  });
  it(`cuts a long message at ${MAX_FAILURE_MESSAGE} characters`, () => {
    const message = failureMessage(new Error('x'.repeat(10_000)));
    expect(message).toHaveLength(MAX_FAILURE_MESSAGE + 1);
    expect(message.endsWith('…')).toBe(true);
  });
});
