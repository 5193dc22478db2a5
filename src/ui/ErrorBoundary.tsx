import { Component, type ErrorInfo, type ReactNode } from 'react';

/** Longest part of an error message a failed panel shows (the message may quote untrusted corpus text). */
export const MAX_FAILURE_MESSAGE = 300;

/** The message a failed panel shows: the error's own message, shortened, or a plain fallback. */
export function failureMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const message = raw.trim() === '' ? 'an unexpected error' : raw.trim();
  return message.length > MAX_FAILURE_MESSAGE ? `${message.slice(0, MAX_FAILURE_MESSAGE)}…` : message;
}

interface ErrorBoundaryProps {
  /** The panel's accessible name (the region the fallback takes the place of): "Timeline", "Filters"… */
  name: string;
  children: ReactNode;
  /** When this value changes (a new corpus), a failed panel tries again by itself. */
  resetKey?: unknown;
  /** Classes for the fallback box, so it sits where the panel did. */
  className?: string;
}

interface ErrorBoundaryState {
  failure: { message: string } | null;
}

/**
 * Around each panel: a panel that throws while rendering shows "This panel failed: …" with a "Try again"
 * button, and the other panels keep working (without it React unmounts the whole page). Text only.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { failure: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { failure: { message: failureMessage(error) } };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`The ${this.props.name} panel failed:`, error, info.componentStack ?? '');
  }

  override componentDidUpdate(previous: ErrorBoundaryProps): void {
    if (this.state.failure !== null && previous.resetKey !== this.props.resetKey) this.setState({ failure: null });
  }

  private readonly retry = () => this.setState({ failure: null });

  override render(): ReactNode {
    const { failure } = this.state;
    if (failure === null) return this.props.children;
    return (
      <section
        aria-label={this.props.name}
        className={`min-w-0 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-50 ${this.props.className ?? ''}`}
      >
        <div role="alert">
          <p className="break-words">
            <span className="font-semibold">This panel failed:</span> {failure.message}
          </p>
        </div>
        <button
          type="button"
          onClick={this.retry}
          className="mt-2 rounded-md bg-red-700 px-3 py-1 font-medium text-white hover:bg-red-800 dark:bg-red-300 dark:text-red-950 dark:hover:bg-red-200"
        >
          Try again<span className="sr-only"> to show the {this.props.name} panel</span>
        </button>
      </section>
    );
  }
}
