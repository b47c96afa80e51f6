/**
 * Words that name a role or title, in one home: before a name they make it a person's name ("Finance
 * Minister Petra Holm"), and in a description they are what it is matched on ("the former Secretary
 * General of the Alliance" matches the role "Former NATO Secretary General").
 */

/** The nouns that carry a role's identity: a description is matched to a person's role on these. */
export const ROLE_HEADS = new Set(
  `president minister secretary general chancellor leader chief head chairman chairwoman chair chairperson
  director spokesman spokeswoman spokesperson senator sen representative rep congressman congresswoman governor
  gov mayor ambassador envoy commissioner commander ceo cfo founder king queen prince princess pope judge
  justice attorney prosecutor lawyer official officer adviser advisor analyst economist professor prof dr
  doctor candidate nominee speaker lawmaker legislator deputy mp councillor councilor councilman councilwoman
  sheriff auditor coach captain manager editor author writer reporter correspondent activist campaigner
  researcher scientist expert inspector treasurer clerk premier emperor lady lord dame gen col lt sgt cpt capt
  major admiral cardinal bishop rabbi imam father sister brother rev superintendent principal dean rector
  producer host anchor owner partner member delegate negotiator mediator secretary-general`.split(/\s+/u),
);

/** Words that qualify a role without naming it ("Finance Minister", "Vice President", "Mr."). */
const ROLE_QUALIFIERS = `vice prime foreign defense defence finance interior health economy energy trade state
  first external executive mr mrs ms miss sir`.split(/\s+/u);

/** Every word that can stand in a role written before a name. */
export const ROLE_NOUNS = new Set([...ROLE_HEADS, ...ROLE_QUALIFIERS]);

/** Modifiers that may stand in a role before its head ("former", "deputy", "acting"). */
export const ROLE_MODIFIERS = new Set(
  `former ex acting deputy interim then late current incoming outgoing senior top chief assistant associate
  junior longtime`.split(/\s+/u),
);

/** Honorifics and titles: a capitalized word after them is a person's name. */
export const HONORIFICS = new Set(
  `mr mrs ms miss dr prof sir dame lord lady sen rep gov gen col lt sgt capt rev president minister senator
  governor mayor judge chancellor premier ambassador`.split(/\s+/u),
);
