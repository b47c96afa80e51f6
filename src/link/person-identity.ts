/**
 * Who is the same person across articles. For now two people are one when their full names are equal
 * after normalization (`matchKey`); issue 4 replaces `personIdentity` with real cross-article linking,
 * and nothing else in the store decides identity.
 */
import type { Person } from '../types.js';
import { matchKey } from './match-key.js';

/** The key under which a person found in one article is stored as a global person. */
export function personIdentity(person: Pick<Person, 'name'>): string {
  return matchKey(person.name);
}
