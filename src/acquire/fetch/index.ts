export { type Clock, systemClock } from './clock.js';
export { createFetcher, type Fetcher, parseHttpUrl } from './fetcher.js';
export {
  FORBIDDEN_IPV4_RANGES,
  FORBIDDEN_IPV6_RANGES,
  forbiddenAddressLabel,
} from './forbidden-addresses.js';
export { DEFAULT_USER_AGENT, type FetcherOptions, PRODUCT_TOKEN } from './options.js';
export { type ResolvedAddress, type Resolver, systemResolver } from './resolve-host.js';
export type { Conditional, FetchOutcome, FetchResult } from './types.js';
