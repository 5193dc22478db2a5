/**
 * Everything of the full view that is not the timeline and the header: the headline list, the filters, the
 * background article, the details of a selection, "About this data" and the citation printed with the page.
 * One chunk, requested once the timeline has drawn its first frame (so the first view fetches only what it
 * draws), and rendered from then on.
 */
export { HeadlineList } from '../headlines/HeadlineList';
export { HeadlineDetail } from '../headlines/HeadlineDetail';
export { FiltersPanel } from '../filters/FiltersPanel';
export { BackgroundPanel } from '../background/BackgroundPanel';
export { EventDetail } from '../events/EventDetail';
export { AboutData } from './AboutData';
export { PrintCitation } from '../export/PrintCitation';
