/**
 * One HTTP exchange over Node's http/https, connected to an address already checked (the socket's lookup
 * returns it, so TLS still verifies the certificate against the host name), with a timeout for the
 * response headers, a timeout for the whole exchange and a cap on the body's size.
 */
import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { FetchError } from '../../errors.js';
import type { ResolvedAddress } from './resolve-host.js';
import { bareHostname } from './resolve-host.js';

export interface Exchange {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  /** The body for 2xx responses; empty otherwise (it is not read). */
  readonly body: Buffer;
}

export interface ExchangeOptions {
  readonly url: URL;
  readonly address: ResolvedAddress;
  readonly headers: Readonly<Record<string, string>>;
  readonly maxBytes: number;
  readonly headersTimeoutMs: number;
  readonly totalTimeoutMs: number;
}

const pinnedLookup =
  ({ address, family }: ResolvedAddress): LookupFunction =>
  (_hostname, options, callback) => {
    if (options.all === true) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };

export function requestOnce(options: ExchangeOptions): Promise<Exchange> {
  const { url, maxBytes } = options;
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<Exchange>((resolve, reject) => {
    let settled = false;
    const timers: NodeJS.Timeout[] = [];
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      for (const timer of timers) clearTimeout(timer);
      outcome();
    };
    const fail = (error: FetchError) => {
      finish(() => {
        reject(error);
      });
      request.destroy();
    };
    const request = client.request(
      {
        protocol: url.protocol,
        hostname: bareHostname(url),
        port: url.port === '' ? undefined : Number(url.port),
        path: url.pathname + url.search,
        method: 'GET',
        headers: options.headers,
        lookup: pinnedLookup(options.address),
        agent: false,
      },
      (response) => {
        clearTimeout(headersTimer);
        receive(response, url, maxBytes, fail, (exchange) => {
          finish(() => {
            resolve(exchange);
          });
        });
      },
    );
    const headersTimer = setTimeout(() => {
      fail(timeoutError(url, 'response headers', options.headersTimeoutMs));
    }, options.headersTimeoutMs);
    timers.push(
      headersTimer,
      setTimeout(() => {
        fail(timeoutError(url, 'whole response', options.totalTimeoutMs));
      }, options.totalTimeoutMs),
    );
    request.on('error', (cause) => {
      fail(new FetchError(url.href, 'network', `request failed: ${cause.message}`, { cause }));
    });
    request.end();
  });
}

function receive(
  response: IncomingMessage,
  url: URL,
  maxBytes: number,
  fail: (error: FetchError) => void,
  done: (exchange: Exchange) => void,
): void {
  const status = response.statusCode ?? 0;
  const { headers } = response;
  if (status < 200 || status > 299) {
    done({ status, headers, body: Buffer.alloc(0) });
    response.destroy();
    return;
  }
  const declared = Number(headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    fail(tooLarge(url, maxBytes, `declares ${declared} bytes`));
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  response.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > maxBytes) fail(tooLarge(url, maxBytes, `sent more than that`));
    else chunks.push(chunk);
  });
  response.on('end', () => {
    done({ status, headers, body: Buffer.concat(chunks, size) });
  });
  response.on('close', () => {
    if (!response.complete) fail(new FetchError(url.href, 'network', 'response broken off before its end'));
  });
  response.on('error', (cause) => {
    fail(new FetchError(url.href, 'network', `response broken off: ${cause.message}`, { cause }));
  });
}

const tooLarge = (url: URL, maxBytes: number, what: string) =>
  new FetchError(
    url.href,
    'too-large',
    `response larger than the cap of ${maxBytes} bytes (it ${what}); raise maxBytes to fetch it`,
  );

const timeoutError = (url: URL, what: string, ms: number) =>
  new FetchError(url.href, 'timeout', `no ${what} within ${ms} ms`);
