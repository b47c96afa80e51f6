/**
 * The link stage: what is the same across articles. A person is one person across articles when the full
 * names are one name in any script or spelling (link-person.ts, name-distance.ts), a family name alone when
 * the evidence singles one out; cross-article linking of people and statements deepens here.
 */
export { matchKey } from './match-key.js';
export { personIdentity } from './person-identity.js';
