/**
 * The link stage: what is the same across articles. For now a person is one person across articles when
 * the full names match after normalization; cross-article linking of people and statements deepens here.
 */
export { matchKey } from './match-key.js';
export { personIdentity } from './person-identity.js';
