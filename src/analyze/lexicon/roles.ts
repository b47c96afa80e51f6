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
  producer host anchor owner partner member delegate negotiator mediator secretary-general boss skipper
  sergeant lieutenant colonel reverend physician surgeon emir sultan ayatollah`.split(/\s+/u),
);

/** Words that qualify a role without naming it ("Finance Minister", "Vice President", "Mr."). */
const ROLE_QUALIFIERS = `vice prime foreign defense defence finance interior health economy energy trade state
  first external executive mr mrs ms miss sir sheikh sheikha datuk dato datin alhaji hajia shri smt`.split(
  /\s+/u,
);

/** Every word that can stand in a role written before a name. */
export const ROLE_NOUNS = new Set([...ROLE_HEADS, ...ROLE_QUALIFIERS]);

/**
 * Nouns of companies, and agents' nouns that name companies more often than people ("Tesco, the UK's
 * biggest grocer", "The developer, Samudra Kirana Resorts,"); not those that name people as often
 * ("owner", "investor", "partner"). WordNet files "group" elsewhere than among bodies.
 */
export const COMPANY_NOUNS = new Set(
  `group company firm conglomerate consortium chain developer operator retailer grocer manufacturer maker
  supplier lender insurer reinsurer carrier broadcaster publisher distributor wholesaler producer exporter
  importer refiner miner brewer distiller shipper`.split(/\s+/u),
);

/** Modifiers that may stand in a role before its head ("former", "deputy", "acting"). */
export const ROLE_MODIFIERS = new Set(
  `former ex acting deputy interim then late current incoming outgoing senior top chief assistant associate
  junior longtime`.split(/\s+/u),
);

/**
 * Honorifics and titles: a capitalized word after them is a person's name. The last line: those of the other
 * languages of the record (French Mme, German Frau, Spanish Sra., Ukrainian пані, Russian г-жа) that are
 * never a given name's initial (French "M." is).
 */
export const HONORIFICS = new Set(
  `mr mrs ms miss dr prof sir dame lord lady sen rep gov gen col lt sgt capt rev president minister senator
  governor mayor judge chancellor premier ambassador sheikh sheikha emir sultan ayatollah datuk dato datin
  alhaji hajia shri smt
  mme mlle herr frau sra srta пан пані г-н г-жа господин госпожа`.split(/\s+/u),
);

/** Family relations: "his father, Joris Vos," names a person; "her sister" refers to one. */
export const KIN_NOUNS = new Set(
  `father mother son daughter brother sister husband wife widow widower uncle aunt nephew niece cousin
  grandfather grandmother grandson granddaughter stepfather stepmother stepson stepdaughter father-in-law
  mother-in-law son-in-law daughter-in-law brother-in-law sister-in-law twin`.split(/\s+/u),
);

/** Words that tell two relatives of one family name apart: "the elder Vos" is the parent, or the older. */
export const ELDER_WORDS = new Set(['elder', 'older', 'senior', 'eldest', 'oldest']);
export const YOUNGER_WORDS = new Set(['younger', 'junior', 'youngest']);

/**
 * Role nouns that name the same position, so that "the union leader" finds the person introduced as "union
 * boss" or as the one "who chairs the union". Each word maps to the name of its group.
 */
export const ROLE_SYNONYMS: ReadonlyMap<string, string> = new Map(
  [
    ['leader', 'boss', 'head', 'chief', 'chair', 'chairman', 'chairwoman', 'chairperson'],
    ['spokesman', 'spokeswoman', 'spokesperson'],
    ['ceo', 'executive'],
    ['financial', 'cfo'],
    ['operating', 'coo'],
    ['author', 'writer', 'novelist'],
    ['reporter', 'correspondent', 'journalist'],
    ['adviser', 'advisor'],
    ['councillor', 'councilor', 'councilman', 'councilwoman'],
    ['lawmaker', 'legislator'],
  ].flatMap((group) => group.map((word): [string, string] => [word, group[0]!])),
);

/**
 * The nouns a later description uses for a title written right before a name: "Gen. Moussa Traoré" is
 * "the general", "Dr. Amina Yusuf" "the doctor", "Justice Helen Achebe" "the judge", "Capt. Lucas
 * Moreira" "the skipper". Only the title before the name counts: "Justice Department spokesman Peter
 * Carr" is no judge.
 */
export const TITLE_NOUNS: ReadonlyMap<string, readonly string[]> = new Map(
  [
    ['general', 'gen'],
    ['doctor', 'dr', 'physician'],
    ['judge', 'justice'],
    ['captain', 'capt', 'cpt', 'skipper'],
    ['sergeant', 'sgt'],
    ['lieutenant', 'lt'],
    ['colonel', 'col'],
    ['professor', 'prof'],
    ['senator', 'sen'],
    ['representative', 'rep', 'congressman', 'congresswoman'],
    ['governor', 'gov'],
    ['reverend', 'rev'],
  ].flatMap((group) => group.map((word): [string, readonly string[]] => [word, group])),
);

/** Verbs that state a role ("who chairs the union", "who heads the agency"), mapped to the role noun. */
export const ROLE_VERBS: ReadonlyMap<string, string> = new Map([
  ['chairs', 'chair'],
  ['chaired', 'chair'],
  ['heads', 'head'],
  ['headed', 'head'],
  ['leads', 'leader'],
  ['led', 'leader'],
  ['directs', 'director'],
  ['founded', 'founder'],
  ['owns', 'owner'],
  ['manages', 'manager'],
  ['coaches', 'coach'],
  ['represents', 'representative'],
  ['edits', 'editor'],
  ['runs', 'head'],
]);

/** The role word a description or a role is matched on: its synonym group, or the noun a role verb names. */
export const roleKey = (word: string): string => {
  const noun = ROLE_VERBS.get(word) ?? word;
  return ROLE_SYNONYMS.get(noun) ?? noun;
};
