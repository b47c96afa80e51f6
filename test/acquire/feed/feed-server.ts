/** A local feed server for tests: feeds and pages by path, conditional requests answered with 304. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type LocalServer, startServer } from '../fetch/local-server.js';

export type Route = (request: IncomingMessage, response: ServerResponse) => void;

export interface FeedVersion {
  readonly body: string;
  readonly etag?: string;
  readonly lastModified?: string;
  readonly contentType?: string;
}

/**
 * Serves the current version of a feed: 304 when the request's If-None-Match or If-Modified-Since matches
 * it (the validators this server gave), else the body with its validators. `current` is read per request,
 * so a test can change the feed between polls.
 */
export const feedRoute =
  (current: () => FeedVersion): Route =>
  (request, response) => {
    const version = current();
    const validators: Record<string, string> = {};
    if (version.etag !== undefined) validators.etag = version.etag;
    if (version.lastModified !== undefined) validators['last-modified'] = version.lastModified;
    const etagMatches = version.etag !== undefined && request.headers['if-none-match'] === version.etag;
    const dateMatches =
      version.lastModified !== undefined && request.headers['if-modified-since'] === version.lastModified;
    if (etagMatches || (request.headers['if-none-match'] === undefined && dateMatches)) {
      response.writeHead(304, validators).end();
      return;
    }
    response
      .writeHead(200, {
        'content-type': version.contentType ?? 'application/rss+xml; charset=utf-8',
        ...validators,
      })
      .end(version.body);
  };

export const htmlRoute =
  (html: string): Route =>
  (_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  };

/** Answers `status` (with Retry-After: 0) the first `times` requests, then hands over to `then`. */
export function failingFirst(times: number, status: number, then: Route): Route {
  let left = times;
  return (request, response) => {
    if (left > 0) {
      left -= 1;
      response.writeHead(status, { 'retry-after': '0' }).end('busy');
    } else then(request, response);
  };
}

/** Starts a server answering from `routes` by path; 404 elsewhere (so there is no robots.txt). */
export function serveRoutes(routes: Record<string, Route>): Promise<LocalServer> {
  return startServer((request, response) => {
    const route = routes[request.url ?? ''];
    if (route === undefined) response.writeHead(404).end();
    else route(request, response);
  });
}

/** Requests the server saw for one path, with their conditional headers. */
export const conditionalHeaders = (server: LocalServer, path: string) =>
  server.requests
    .filter((request) => request.path === path)
    .map(({ headers }) => ({
      ifNoneMatch: headers['if-none-match'] ?? null,
      ifModifiedSince: headers['if-modified-since'] ?? null,
    }));
