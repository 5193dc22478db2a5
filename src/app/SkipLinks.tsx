/** Skip links, shown when focused: straight to the timeline, the headlines and (when beside them) the article. */
export function SkipLinks({ background }: { background: boolean }) {
  const targets = [
    { id: 'timeline', label: 'Skip to the timeline' },
    { id: 'headlines', label: 'Skip to the headlines' },
    ...(background ? [{ id: 'background', label: 'Skip to the background article' }] : []),
  ];
  return (
    <nav aria-label="Skip links" className="contents">
      {targets.map((t) => (
        <a
          key={t.id}
          href={`#${t.id}`}
          onClick={(e) => {
            const el = document.getElementById(t.id);
            if (!el) return;
            // The fragment is never written to the address bar (the URL mirrors the view): focus the target.
            e.preventDefault();
            el.focus();
            el.scrollIntoView({ block: 'start' });
          }}
          className="sr-only z-50 rounded-md bg-blue-700 px-3 py-2 font-medium text-white focus:not-sr-only focus:fixed focus:start-2 focus:top-2"
        >
          {t.label}
        </a>
      ))}
    </nav>
  );
}
