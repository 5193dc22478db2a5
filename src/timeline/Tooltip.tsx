import { shownText } from '../ui/bounded-text';

interface TooltipProps {
  id: string;
  lines: readonly string[];
  /** Anchor box in the container's coordinates. */
  x: number;
  y: number;
  width: number;
  height: number;
  containerWidth: number;
}

const TOOLTIP_WIDTH = 288;

/** A tooltip near a mark: above it when there is room, else below; never past the container's edges. */
export function Tooltip({ id, lines, x, y, width, height, containerWidth }: TooltipProps) {
  const w = Math.min(TOOLTIP_WIDTH, containerWidth - 8);
  const left = Math.min(Math.max(4, x + width / 2 - w / 2), Math.max(4, containerWidth - w - 4));
  const above = y > 90;
  // Corpus text, bounded for display (a tooltip shows a few hundred characters of a title, never megabytes).
  const [title, ...rest] = lines.map((line) => shownText(line, 'title'));
  return (
    <div
      id={id}
      role="tooltip"
      className="pointer-events-none absolute z-20 rounded-md border border-stone-300 bg-white p-2 text-xs shadow-lg dark:border-stone-600 dark:bg-stone-800"
      style={{ left, width: w, ...(above ? { bottom: `calc(100% - ${y - 4}px)` } : { top: y + height + 4 }) }}
    >
      <p className="font-semibold break-words">{title}</p>
      {rest.map((line, i) => (
        <p key={i} className="text-stone-600 break-words dark:text-stone-300">
          {line}
        </p>
      ))}
    </div>
  );
}
