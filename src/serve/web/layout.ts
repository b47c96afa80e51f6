/**
 * The page shell every page shares: landmarks (header, nav, main, footer), a skip link, the search box in
 * the header, and the two assets. No inline script or style: the Content-Security-Policy allows only
 * `/assets/` files.
 */
import { ASSET_PATHS } from './assets.js';
import { markup, type SafeHtml } from './html.js';

export interface PageInput {
  /** The page's own title, shown in the tab before the site's name. */
  readonly title: string;
  readonly body: SafeHtml;
  /** The search text to keep in the header's box. */
  readonly query?: string;
}

export function page({ title, body, query = '' }: PageInput): string {
  return markup`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} · onrecord</title>
    <link rel="stylesheet" href="${ASSET_PATHS.css}" />
        <script src="${ASSET_PATHS.js}" defer></script>
      </head>
      <body>
        <a class="skip-link" href="#main">Skip to content</a>
        <header class="site-header">
          <nav aria-label="Site">
            <a class="brand" href="/">onrecord</a>
            <form class="header-search" role="search" action="/search" method="get">
              <label for="header-q" class="visually-hidden">Search statements</label>
              <input id="header-q" name="q" type="search" value="${query}" placeholder="Search statements" />
              <button type="submit">Search</button>
            </form>
          </nav>
        </header>
        <main id="main" tabindex="-1">${body}</main>
        <footer class="site-footer">
          <p>onrecord: who said what, when, and who reported it. <a href="/api/docs">API</a></p>
        </footer>
      </body>
    </html> `.value;
}
