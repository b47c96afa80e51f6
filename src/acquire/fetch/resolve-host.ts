/**
 * Name resolution with the forgery check: every address a host resolves to is checked, the host is refused
 * if any one is forbidden, and the caller connects to a checked address (never resolving again), so that a
 * name rebinding to a private address between check and connect cannot slip in.
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { FetchError } from '../../errors.js';
import { forbiddenAddressLabel } from './forbidden-addresses.js';

export interface ResolvedAddress {
  readonly address: string;
  readonly family: 4 | 6;
}

/** Resolves a host name to all its addresses; injectable so that tests need no DNS. */
export type Resolver = (hostname: string) => Promise<readonly ResolvedAddress[]>;

export const systemResolver: Resolver = async (hostname) => {
  const addresses = await lookup(hostname, { all: true, verbatim: true });
  return addresses.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
};

export interface AddressPolicy {
  /** Allow every address: intranet use (`--allow-private`). */
  readonly allowPrivate: boolean;
  /** Host names (lower case) whose addresses may be private even when `allowPrivate` is off. */
  readonly allowPrivateHosts: readonly string[];
  readonly resolve: Resolver;
}

/** The host of a URL as a bare name or address: brackets of an IPv6 literal removed. */
export const bareHostname = (url: URL): string => url.hostname.replace(/^\[|\]$/g, '');

/** Resolves the URL's host and checks every address; returns the addresses to connect to. */
export async function resolveCheckedAddresses(
  url: URL,
  policy: AddressPolicy,
): Promise<readonly ResolvedAddress[]> {
  const hostname = bareHostname(url);
  const family = isIP(hostname);
  const addresses: readonly ResolvedAddress[] =
    family === 4 || family === 6 ? [{ address: hostname, family }] : await resolveName(url, hostname, policy);
  if (addresses.length === 0) throw new FetchError(url.href, 'dns', `${hostname} resolved to no address`);
  if (policy.allowPrivate || policy.allowPrivateHosts.includes(hostname.toLowerCase())) return addresses;
  for (const { address } of addresses) {
    const label = forbiddenAddressLabel(address);
    if (label !== undefined) {
      const target = address === hostname ? address : `${hostname} resolves to ${address}`;
      throw new FetchError(
        url.href,
        'forbidden-address',
        `${target}, a ${label} address; refused to prevent request forgery (allow intranet addresses with --allow-private)`,
      );
    }
  }
  return addresses;
}

async function resolveName(
  url: URL,
  hostname: string,
  policy: AddressPolicy,
): Promise<readonly ResolvedAddress[]> {
  try {
    return await policy.resolve(hostname);
  } catch (cause) {
    throw new FetchError(url.href, 'dns', `cannot resolve ${hostname}; check the host name`, { cause });
  }
}
