/**
 * The web app: server-rendered pages with real links (everything is reachable with scripts off), the two
 * static assets, and the correction forms (only when the server has a write token). `createApp` mounts
 * these at `/` and adds the security headers.
 */
import { Hono, type Context } from 'hono';
import { StoreRequestError, type Store, type StoredStatement } from '../../store/index.js';
import { errorMessage } from '../../errors.js';
import { ASSETS } from './assets.js';
import { articlePage } from './pages/article.js';
import { HOME_STATEMENTS, homePage } from './pages/home.js';
import { messagePage } from './pages/message.js';
import { personPage } from './pages/person.js';
import { searchPage } from './pages/search.js';
import { statementPage, type RelayArticles } from './pages/statement.js';
import { parseSearchForm } from './search-form.js';
import { personHref } from './views/links.js';
import { registerCorrectionRoutes } from './correction-routes.js';
import { writeAccess } from './write-access.js';

/** What the pages need; `AppOptions` (src/serve/app.ts) has these fields. */
export interface WebOptions {
  readonly store: Store;
  readonly writeToken: string | null;
}

/** An id from a path: a positive integer, else null (a 404, not an error). */
export function pathId(value: string | undefined): number | null {
  if (value === undefined || !/^[1-9]\d{0,15}$/.test(value)) return null;
  const id = Number(value);
  return Number.isSafeInteger(id) ? id : null;
}

/** The HTML 404 page, for `createApp`'s not-found handler on paths outside `/api`. */
export const notFoundPage = (
  c: Context,
  what = 'No such page',
  message = 'There is nothing at this address.',
) => c.html(messagePage(what, message), 404);

/** The HTML error page, for `createApp`'s error handler on paths outside `/api`. */
export const errorPage = (c: Context) =>
  c.html(messagePage('Something went wrong', 'The page could not be made. Try again, or go back.'), 500);

/** Articles read for via chains, at most: a statement relayed in more articles shows the rest unnamed. */
export const MAX_RELAY_ARTICLES = 10;

/**
 * The articles whose report of the statement came through someone else's account (only those: a
 * first-hand report needs no second read), fetched together.
 */
async function relayArticles(store: Store, statement: StoredStatement): Promise<RelayArticles> {
  const ids = [
    ...new Set(
      statement.reports
        .filter((report) => report.attribution.via !== null)
        .map((report) => report.article.id),
    ),
  ].slice(0, MAX_RELAY_ARTICLES);
  const articles = await Promise.all(ids.map((id) => store.getArticle(id)));
  return new Map(articles.filter((article) => article !== null).map((article) => [article.id, article]));
}

export function webRoutes(options: WebOptions): Hono {
  const { store, writeToken } = options;
  const web = new Hono();

  web.get('/assets/:name', (c) => {
    const asset = ASSETS[c.req.param('name')];
    if (asset === undefined) return notFoundPage(c, 'No such file');
    c.header('Content-Type', asset.contentType);
    // A versioned URL never changes content; an unversioned one is revalidated.
    c.header(
      'Cache-Control',
      c.req.query('v') === asset.hash ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
    c.header('ETag', `"${asset.hash}"`);
    if (c.req.header('if-none-match') === `"${asset.hash}"`) return c.body(null, 304);
    return c.body(asset.body);
  });

  // No icon: an empty answer, so browsers stop asking and log no error.
  web.get('/favicon.ico', (c) => c.body(null, 204));

  web.get('/', async (c) => c.html(homePage(await store.search({ limit: HOME_STATEMENTS }))));

  web.get('/search', async (c) => {
    const parsed = parseSearchForm(new URL(c.req.url).searchParams);
    try {
      const result = await store.search(parsed.query);
      return c.html(searchPage(parsed, result), parsed.errors.length === 0 ? 200 : 400);
    } catch (error) {
      // A stale or forged cursor is the user's to fix, not a server failure; anything else is one.
      if (!(error instanceof StoreRequestError)) throw error;
      const errors = [
        ...parsed.errors,
        { field: 'cursor' as const, message: `Page: ${errorMessage(error)}` },
      ];
      return c.html(searchPage({ ...parsed, errors }, null), 400);
    }
  });

  web.get('/people/:id', async (c) => {
    const id = pathId(c.req.param('id'));
    const person = id === null ? null : await store.getPerson(id);
    if (person === null) return notFoundPage(c, 'No such person', 'No person in the record has this id.');
    if (person.id !== id) return c.redirect(personHref(person.id), 301);
    const explanation = await store.explainPerson(person.id);
    return c.html(personPage(person, explanation, writeAccess(c, writeToken)));
  });

  web.get('/statements/:id', async (c) => {
    const id = pathId(c.req.param('id'));
    const statement = id === null ? null : await store.getStatement(id);
    if (statement === null)
      return notFoundPage(c, 'No such statement', 'No statement in the record has this id.');
    return c.html(statementPage(statement, await relayArticles(store, statement)));
  });

  web.get('/articles/:id', async (c) => {
    const id = pathId(c.req.param('id'));
    const article = id === null ? null : await store.getArticle(id);
    if (article === null) return notFoundPage(c, 'No such article', 'No article in the record has this id.');
    const access = writeAccess(c, writeToken);
    const corrections = await store.listCorrections({ articleId: article.id });
    return c.html(articlePage(article, corrections, access));
  });

  registerCorrectionRoutes(web, options);
  return web;
}
