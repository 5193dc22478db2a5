/**
 * What the zoom hook (use-zoom.ts) takes from d3-zoom and d3-selection, as a chunk of its own: about 17 kB
 * gzip with d3-transition, d3-interpolate and d3-color, requested once the timeline has drawn its first frame
 * rather than before it (a wheel in that first moment scrolls the page).
 */
export { select } from 'd3-selection';
export { zoom, zoomIdentity, zoomTransform } from 'd3-zoom';
