/**
 * The one home of the addresses a fetch must never reach unless intranet use is allowed: the IANA
 * special-purpose registries for IPv4 (RFC 6890 and updates) and IPv6. IPv6 is allowed only inside global
 * unicast (2000::/3) minus its special blocks; IPv4 embedded in IPv6 (mapped ::ffff:0:0/96 and NAT64
 * 64:ff9b::/96) is judged by the IPv4 it carries.
 */
import { BlockList, isIPv4, isIPv6 } from 'node:net';

type Range = readonly [network: string, prefix: number, label: string];

export const FORBIDDEN_IPV4_RANGES: readonly Range[] = [
  ['0.0.0.0', 8, 'unspecified, "this network"'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'carrier-grade NAT'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.88.99.0', 24, 'deprecated 6to4 relay'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved, broadcast'],
];

/** Special blocks inside global unicast 2000::/3; everything outside 2000::/3 is refused outright. */
export const FORBIDDEN_IPV6_RANGES: readonly Range[] = [
  ['2001::', 23, 'IETF protocol assignments (Teredo, benchmarking, ORCHID)'],
  ['2001:db8::', 32, 'documentation'],
  ['2002::', 16, 'deprecated 6to4'],
  ['3fff::', 20, 'documentation'],
  ['5f00::', 16, 'segment routing'],
];

const toBlockLists = (ranges: readonly Range[], family: 'ipv4' | 'ipv6') =>
  ranges.map(([network, prefix, label]) => {
    const list = new BlockList();
    list.addSubnet(network, prefix, family);
    return { list, label };
  });

const IPV4_LISTS = toBlockLists(FORBIDDEN_IPV4_RANGES, 'ipv4');
const IPV6_LISTS = toBlockLists(FORBIDDEN_IPV6_RANGES, 'ipv6');

/** The eight 16-bit groups of an IPv6 address (zone id dropped, embedded dotted quad folded in). */
export function ipv6Groups(address: string): number[] | undefined {
  const text = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!isIPv6(text)) return undefined;
  const lastColon = text.lastIndexOf(':');
  let head = text;
  const tail: number[] = [];
  const dotted = text.slice(lastColon + 1);
  if (isIPv4(dotted)) {
    const [a = 0, b = 0, c = 0, d = 0] = dotted.split('.').map(Number);
    tail.push((a << 8) | b, (c << 8) | d);
    head = text.slice(0, lastColon);
    if (head.endsWith(':')) head += ':';
  }
  const [left = '', right] = head.split('::');
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((group) => parseInt(group, 16)));
  const leftGroups = parse(left);
  const rightGroups = [...(right === undefined ? [] : parse(right)), ...tail];
  if (right === undefined) return [...leftGroups, ...rightGroups].slice(0, 8);
  const zeros = new Array<number>(8 - leftGroups.length - rightGroups.length).fill(0);
  return [...leftGroups, ...zeros, ...rightGroups];
}

const embeddedIPv4 = (groups: readonly number[]): string => {
  const high = groups[6] ?? 0;
  const low = groups[7] ?? 0;
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
};

const isMapped = (g: readonly number[]) =>
  g[0] === 0 && g[1] === 0 && g[2] === 0 && g[3] === 0 && g[4] === 0 && g[5] === 0xffff;
const isNat64 = (g: readonly number[]) =>
  g[0] === 0x64 && g[1] === 0xff9b && g[2] === 0 && g[3] === 0 && g[4] === 0 && g[5] === 0;

/**
 * Why `address` must not be fetched (a label such as "loopback"), or undefined when it is a public
 * address. Anything that is not an IP address at all is refused.
 */
export function forbiddenAddressLabel(address: string): string | undefined {
  if (isIPv4(address)) return IPV4_LISTS.find(({ list }) => list.check(address, 'ipv4'))?.label;
  const groups = ipv6Groups(address);
  if (groups === undefined) return 'not an IP address';
  if (isMapped(groups) || isNat64(groups)) {
    const label = forbiddenAddressLabel(embeddedIPv4(groups));
    return label === undefined ? undefined : `${label}, embedded IPv4`;
  }
  const first = groups[0] ?? 0;
  if ((first & 0xe000) !== 0x2000) return describeNonGlobalIPv6(first, groups);
  const text = groups.map((group) => group.toString(16)).join(':');
  return IPV6_LISTS.find(({ list }) => list.check(text, 'ipv6'))?.label;
}

function describeNonGlobalIPv6(first: number, groups: readonly number[]): string {
  if (groups.every((group) => group === 0)) return 'unspecified';
  if (groups.slice(0, 7).every((group) => group === 0) && groups[7] === 1) return 'loopback';
  if ((first & 0xfe00) === 0xfc00) return 'unique local';
  if ((first & 0xffc0) === 0xfe80) return 'link-local';
  if ((first & 0xff00) === 0xff00) return 'multicast';
  return 'reserved (outside global unicast)';
}
