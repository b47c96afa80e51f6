import { describe, expect, it } from 'vitest';
import { forbiddenAddressLabel } from '../../../src/acquire/fetch/index.js';

describe('forbiddenAddressLabel', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.0.1', 'private'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['169.254.169.254', 'link-local'],
    ['192.0.0.8', 'IETF'],
    ['192.0.2.1', 'documentation'],
    ['198.51.100.7', 'documentation'],
    ['203.0.113.9', 'documentation'],
    ['198.18.0.1', 'benchmarking'],
    ['198.19.255.255', 'benchmarking'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'broadcast'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['febf::1', 'link-local'],
    ['fc00::1', 'unique local'],
    ['fd12:3456::1', 'unique local'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback, embedded IPv4'],
    ['::ffff:7f00:1', 'loopback, embedded IPv4'],
    ['::ffff:10.0.0.1', 'private, embedded IPv4'],
    ['64:ff9b::7f00:1', 'loopback, embedded IPv4'],
    ['64:ff9b::192.168.1.1', 'private, embedded IPv4'],
    ['64:ff9b:1::1', 'outside global unicast'],
    ['::127.0.0.1', 'outside global unicast'],
    ['2001:db8::1', 'documentation'],
    ['2001::1', 'Teredo'],
    ['2001:2::1', 'benchmarking'],
    ['2002:7f00:1::1', '6to4'],
    ['3fff::1', 'documentation'],
    ['localhost', 'not an IP address'],
  ])('refuses %s (%s)', (address, label) => {
    expect(forbiddenAddressLabel(address)).toContain(label);
  });

  it.each([
    '8.8.8.8',
    '93.184.216.34',
    '1.1.1.1',
    '172.32.0.1',
    '100.128.0.1',
    '2606:4700:4700::1111',
    '2a00:1450::1',
    '::ffff:8.8.8.8',
    '64:ff9b::8.8.8.8',
  ])('allows the public address %s', (address) => {
    expect(forbiddenAddressLabel(address)).toBeUndefined();
  });
});
