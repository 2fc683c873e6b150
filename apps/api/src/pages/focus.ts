/**
 * The focus ring every control of a public page gets: a dark ring (#1b1f24) between two white
 * halos, so it is at least 3:1 against whatever it sits on (white cards, the grey page, the
 * brand-coloured header, a dark button). It replaces USWDS's light blue ring, which is 3.1:1 at
 * best and less on the grey page.
 */
export const FOCUS_RING = '#1b1f24';

export const FOCUS_CSS = `:focus,:focus-visible{outline:3px solid ${FOCUS_RING}!important;outline-offset:2px!important;box-shadow:0 0 0 2px #fff,0 0 0 7px #fff!important}`;
