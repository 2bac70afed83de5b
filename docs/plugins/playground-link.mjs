// @ts-check
/**
 * TypeDoc plugin: links the docs site to the playground that `scripts/build-playground.ts`
 * writes into `docs-site/playground/` after TypeDoc has run.
 *
 * TypeDoc resolves a relative Markdown link against the guide's folder and copies the target
 * as a media file, so a guide cannot point at a page that does not exist yet. Guides write
 * `[Open the playground](playground:index.html)` instead (a scheme TypeDoc leaves alone), and
 * this plugin turns every `playground:` link into the right relative path for the page it is
 * on. It also adds a "Playground" link to the toolbar of every page.
 */
import { posix } from 'node:path';
import { PageEvent } from 'typedoc';

const SCHEME = 'playground:';
const PLAYGROUND_FOLDER = 'playground/';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.on(PageEvent.END, (page) => {
    if (!page.contents) return;
    const relative = posix.relative(posix.dirname(page.url), PLAYGROUND_FOLDER);
    const prefix = `${relative || '.'}/`;
    page.contents = page.contents
      .replaceAll(`href="${SCHEME}`, `href="${prefix}`)
      .replace('<div id="tsd-toolbar-links">', `<div id="tsd-toolbar-links"><a href="${prefix}index.html">Playground</a>`);
  });
}
