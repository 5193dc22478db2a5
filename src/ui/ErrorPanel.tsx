interface ErrorPanelProps {
  title: string;
  message: string;
  details?: readonly string[];
  onRetry?: () => void;
  retrying?: boolean;
}

/** A failure, said plainly, with a way out. Text is rendered as text (it may quote untrusted input). */
export function ErrorPanel({ title, message, details = [], onRetry, retrying = false }: ErrorPanelProps) {
  return (
    <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-50">
      <h2 className="text-lg font-semibold">{title}</h2>
      <p className="mt-1 break-words">{message}</p>
      {details.length > 1 && (
        <ul className="mt-2 list-disc ps-5 font-mono text-sm break-all">
          {details.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button
          type="button"
          onClick={onRetry}
          disabled={retrying}
          className="mt-3 rounded-md bg-red-700 px-3 py-1.5 font-medium text-white hover:bg-red-800 disabled:opacity-60"
        >
          {retrying ? 'Retrying…' : 'Retry'}
        </button>
      )}
    </div>
  );
}
