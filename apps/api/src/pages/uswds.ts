import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createHash } from 'node:crypto';
import express, { RequestHandler } from 'express';
import { FOCUS_CSS } from './focus';

/** node_modules/@uswds/uswds/dist, found through the package's own export of its stylesheet. */
const USWDS_DIST = dirname(dirname(require.resolve('@uswds/uswds/css/uswds.min.css')));

/** The installed version, put in the stylesheet's URL so a new one is fetched despite the long cache. */
const USWDS_VERSION: string = JSON.parse(readFileSync(join(USWDS_DIST, '..', 'package.json'), 'utf8')).version;

/** The link server-rendered pages put in their <head> to look like the console. */
export const USWDS_STYLESHEET = `/uswds/css/uswds.min.css?v=${USWDS_VERSION}`;

/**
 * USWDS hides screen-reader-only text 999em to the left; on a right-to-left page that is the
 * side a page scrolls to, so there it is hidden to the right instead.
 */
const RTL_CSS = `[dir=rtl] .usa-sr-only{left:auto;right:-999em}`;

/** Our additions to USWDS for pages that may not carry inline styles (the focus ring, right-to-left fixes). */
const LIAISON_CSS = FOCUS_CSS + RTL_CSS;

/** The link to our additions, served at /uswds/liaison.css. */
export const LIAISON_STYLESHEET = `/uswds/liaison.css?v=${createHash('sha256').update(LIAISON_CSS).digest('hex').slice(0, 8)}`;

/** Unhashed names: cached for a month, then revalidated (the stylesheet's URL carries the version). */
const CACHE_SECONDS = 30 * 24 * 3600;

/**
 * USWDS's compiled stylesheet and the fonts and images it refers to (`../fonts/…`, `../img/…`)
 * at /uswds/css, /uswds/fonts and /uswds/img, for the server-rendered pages the console links
 * to (the staff invitation). Nothing else from the package (no scripts, no sources).
 */
export function uswdsAssets(): RequestHandler {
  const router = express.Router();
  router.get('/uswds/liaison.css', (_req, res) => {
    res.type('text/css').setHeader('Cache-Control', `public, max-age=${CACHE_SECONDS}`);
    res.send(LIAISON_CSS);
  });
  for (const folder of ['css', 'fonts', 'img']) {
    router.use(
      `/uswds/${folder}`,
      express.static(join(USWDS_DIST, folder), { index: false, redirect: false, fallthrough: true, maxAge: CACHE_SECONDS * 1000 }),
    );
  }
  return router;
}
