import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { readAttributions as found } from '../helpers/read-attributions.js';

/** Each attribution's content and the name of the speaker it was resolved to. */
function speakers(text: string): [string, string | null][] {
  return extract(`Headline for the test\n\n${text}`).attributions.map((attribution) => [
    attribution.content.map((fragment) => fragment.text).join(' | '),
    attribution.speaker?.name ?? null,
  ]);
}

const people = (text: string): string[] =>
  extract(`Headline for the test\n\n${text}`).people.map((person) => person.name);

// Original sentences written for these tests; each names the mechanism it exercises.
describe('speaker resolution', () => {
  it('makes a person of a name in apposition to a role or a relation', () => {
    expect(
      speakers(
        'The bakery\'s founder, Tobin Wexley, said: "Bread first, then cake."\n\nHe also said that prices would hold.',
      ),
    ).toEqual([
      ['"Bread first, then cake."', 'Tobin Wexley'],
      ['that prices would hold', 'Tobin Wexley'],
    ]);
    expect(people('Her uncle, Odran Pellik, runs the mill.')).toEqual(['Odran Pellik']);
  });

  it('reads a family name that is also a verb of saying or a title as the name the article gives it', () => {
    expect(
      speakers(
        'The harbor board met on Friday. Marcus Tell, the harbor master, said the pier was safe.\n\n"We will fix it," Tell said. Tell added that repairs would start soon.',
      ),
    ).toEqual([
      ['the pier was safe', 'Marcus Tell'],
      ['"We will fix it,"', 'Marcus Tell'],
      ['that repairs would start soon', 'Marcus Tell'],
    ]);
    expect(speakers('Councillor Paul Dean said the pier was safe. Dean added that it was old.')).toEqual([
      ['the pier was safe', 'Paul Dean'],
      ['that it was old', 'Paul Dean'],
    ]);
    expect(people('Tennis great Billie Jean King remembered the match. King said it was long.')).toEqual([
      'Billie Jean King',
    ]);
    // Not a place that is also a given name, not a title's abbreviation, not a title inside a longer name.
    expect(
      people('The Florida Senator met former Florida Gov. Jeb Bush and West Virginia Governor Jim Justice.'),
    ).toEqual(['Jeb Bush', 'Jim Justice']);
  });

  it('makes a person of a name whose apposition names a person by any noun of a person', () => {
    // Given names outside the lexicon: the apposition is the evidence, also where it closes the sentence.
    expect(speakers('"I have been here since five," said Uchenna Obi, a taxi driver.')).toEqual([
      ['"I have been here since five,"', 'Uchenna Obi'],
    ]);
    expect(
      speakers(
        'Adaeze Nwankwo, the two-time Olympic champion, announced her retirement. "It is time," she said.',
      ),
    ).toEqual([
      ['her retirement', 'Adaeze Nwankwo'],
      ['"It is time,"', 'Adaeze Nwankwo'],
    ]);
    // Not a body described by an adjective, nor a place after a preposition, nor a clause after an adverb.
    expect(
      people(
        'Tom Rell, the president of the Harbor Action Forum, a conservative, pro-growth group, spoke. Dana Holt of New Varna, the harbor town, agreed. Interestingly Kessler, a senior economist, stayed away.',
      ),
    ).toEqual(['Tom Rell', 'Dana Holt', 'Kessler']);
  });

  it('resolves he and she between people whose given names the lexicon does not know', () => {
    // A possessive in someone else's description ("Her opponent") says nothing of the opponent's gender.
    expect(
      speakers(
        'Mayor Halina Sobczak said the plan would cost 3 million zloty.\n\nHer opponent, Bartosz Wójcik, said the figures were fantasy. "The real cost will be double," he said.',
      ),
    ).toEqual([
      ['the plan would cost 3 million zloty', 'Halina Sobczak'],
      ['the figures were fantasy', 'Bartosz Wójcik'],
      ['"The real cost will be double,"', 'Bartosz Wójcik'],
    ]);
    // A name set off after the description that opens its sentence names the sentence's subject.
    expect(
      speakers(
        'Agnieszka Wróblewska, the director of the hospital, said on Thursday that the merger would help.\n\nHer deputy, Tomasz Nowicki, disagreed. He said the plan had been drawn up in haste.',
      ).at(-1),
    ).toEqual(['the plan had been drawn up in haste', 'Tomasz Nowicki']);
    // A name inside the quotation is not whom the reporting clause's pronoun refers to.
    expect(
      speakers(
        'Marathon winner Fatima Bello thanked her pacemaker, Joanna Krawczyk, after the race.\n\n"Without Joanna I would have run slower," she said.',
      ),
    ).toEqual([['"Without Joanna I would have run slower,"', 'Fatima Bello']]);
  });

  it('keeps a hyphenated Korean given name whole, and not a compound after a name', () => {
    expect(
      people(
        'Lee Ji-woo, a founder, said the app was ready. A Ted Cruz-led effort failed. Obama-era rules stand.',
      ),
    ).toEqual(['Lee Ji-woo', 'Ted Cruz']);
  });

  it("reads a sentence's capitalized first word that names an occupation as a role", () => {
    expect(people('Sprinter Adaeze Nwankwo said she would retire. Hunter S. Thompson wrote books.')).toEqual([
      'Adaeze Nwankwo',
      'Hunter S. Thompson',
    ]);
  });

  it('does not make a company of ordinary words a person for an apposition naming its trade', () => {
    expect(
      people(
        'Sales rose, said Foot Locker, a sneaker retailer. Rates fell, said Rocket Mortgage, the largest lender. "The fare doubled," said Chiamaka Eze, a retired taxi driver. President Lai Ching-te said the island was calm.',
      ),
    ).toEqual(['Chiamaka Eze', 'Lai Ching-te']);
  });

  it('takes a name quoted by another sentence as a last resort, and no object for a subject', () => {
    expect(
      speakers(
        '"Ana Ruiz is the best sprinter we have," coach Tom Rell said. She said she would run again next year.',
      ).at(-1),
    ).toEqual(['she would run again next year', 'Ana Ruiz']);
    expect(
      speakers(
        'Anna Holt, 52, has run the bakery for 20 years. Police arrested her husband, Tomasz Nowicki, yesterday. She said he was innocent.',
      ),
    ).toEqual([['he was innocent', 'Anna Holt']]);
  });

  it('does not make a day or a month after a preposition part of a name', () => {
    expect(
      people(
        'Port director Maren Tolvik said on Friday that the quay would reopen.\n\nOn Monday Tolvik said the divers had found a crack. In March Tolvik told the council the same.',
      ),
    ).toEqual(['Maren Tolvik']);
    expect(people('A tribute to the late June Carter was held on Sunday.')).toEqual(['June Carter']);
  });

  it('knows given names of Ukrainian, Russian and other European people as English news spells them', () => {
    expect(
      people('"The schedule is tight," said Svitlana Horbach, an analyst at a Kyiv think tank.'),
    ).toEqual(['Svitlana Horbach']);
    expect(people('Halyna Moroz and Élise Garnier met in Lyon.')).toEqual(['Halyna Moroz', 'Élise Garnier']);
  });

  it('gives a source that is part of a name (the family name alone) to that name’s person', () => {
    const found = extract(
      'Headline for the test\n\nKYIV - Energy Minister Ostap Melnyk said on Thursday that the city would face rolling power cuts of four hours a day.',
    ).attributions;
    expect(found.map((attribution) => attribution.speaker?.name ?? null)).toEqual(['Ostap Melnyk']);
    // A source that starts inside the role before the name ("Mayor" of "Acting Mayor Farah Haddad").
    expect(
      speakers(
        'Acting Mayor Farah Haddad told reporters on Wednesday she would not take sides. "The job is to get both sides into one room," she added.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Farah Haddad', 'Farah Haddad']);
  });

  it('reads an age set off by commas as evidence of a person', () => {
    expect(speakers('"The mill stays," Odran Pellik, 81, told the Gazette.')).toEqual([
      ['"The mill stays,"', 'Odran Pellik'],
    ]);
  });

  it('does not take a vessel or a storm named after someone for a person', () => {
    expect(people('The ferry Annika Brolle sailed at dawn before Storm Ardel reached the coast.')).toEqual(
      [],
    );
  });

  it('drops a sentence adverb capitalized before a name', () => {
    expect(speakers('Meanwhile Greta Solvik said the bridge would reopen.')).toEqual([
      ['the bridge would reopen', 'Greta Solvik'],
    ]);
  });

  it('resolves a description set off after a name, and a relative pronoun after an age', () => {
    expect(speakers('Tobin Wexley Jr., chief baker at Wexley Bread, said the ovens were old.')).toEqual([
      ['the ovens were old', 'Tobin Wexley Jr.'],
    ]);
    expect(
      speakers(
        'Officials met on Friday. Wexley, 52, who told the council that "rents are too high," left early.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Wexley']);
  });

  it('tells namesakes apart by honorific and by "the elder" and "the younger"', () => {
    const text =
      'Tove Lindqvist and her cousin Arvid Lindqvist run rival bakeries. "We bake at four," Ms. Lindqvist said. ' +
      '"We bake at five," Mr. Lindqvist said.';
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(['Tove Lindqvist', 'Arvid Lindqvist']);
    const family =
      'Casper Holt Jr. runs the yard his father, Casper Holt, opened in 1970. ' +
      '"We will expand," the younger Holt said. "We will not," the elder Holt told reporters.';
    expect(speakers(family).map(([, speaker]) => speaker)).toEqual(['Casper Holt Jr.', 'Casper Holt']);
    // Without "Jr.", by the ages the article states.
    const ages =
      'Omar Haddad, 41, runs the bakery his father, Ibrahim Haddad, 73, opened. ' +
      'The younger Haddad said the loans would be repaid. The elder Haddad said he would vote against them.';
    expect(speakers(ages).map(([, speaker]) => speaker)).toEqual(['Omar Haddad', 'Ibrahim Haddad']);
    // By the title the article gave one of them.
    const titles =
      'Senator Lotte Brink spoke first. Judge Harald Brink, her husband, disagreed. ' +
      'Senator Brink said the fees were fair. Judge Brink said they were not.';
    expect(speakers(titles).map(([, speaker]) => speaker)).toEqual(['Lotte Brink', 'Harald Brink']);
    // By the way the writer already called one of them: the family name alone stays with the namesake it
    // was first given to, though the other was named since ("Ms. Chen" is not whom "Prof. Chen" was).
    const calledSo =
      'Mayor Ilse Vondel won a second term on Sunday. Vondel took 54 per cent and her brother-in-law, Piet Vondel, ' +
      'took 9. "The harbour comes first," Vondel told supporters. Piet Vondel said he would run again.';
    expect(speakers(calledSo).map(([, speaker]) => speaker)).toEqual(['Ilse Vondel', 'Piet Vondel']);
    const titled =
      'Prof. Chen Hao told the court the dose was lethal. Prof. Chen, who is not related to the defendant Chen ' +
      'Weiling, said the tests were sound. Ms. Chen said she had never seen the email.';
    expect(speakers(titled).map(([, speaker]) => speaker)).toEqual(['Chen Hao', 'Chen Hao', 'Chen Weiling']);
  });

  it('makes one person of a name written with and without its middle name or initial', () => {
    const text =
      'Presidential nominee Ansel Q. Dorrit spoke on Monday. Later, nominee Ansel Dorrit said the bridge would be built. ' +
      'Dorrit added that the county would pay.';
    expect(people(text)).toEqual(['Ansel Q. Dorrit']);
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual(['Ansel Q. Dorrit', 'Ansel Q. Dorrit']);
    // Not where two fuller names could be meant ("George Bush" of George W. and George H. W. Bush).
    expect(
      people('Marta W. Quill and her mother Marta H. Quill spoke. Marta Quill said the mill would close.'),
    ).toHaveLength(3);
  });

  it('resolves a possessive kin phrase to the named relative', () => {
    const text =
      "Casper Holt Jr. said the yard would grow. His father, Casper Holt, the yard's founder, disagreed. " +
      'Casper Holt Jr. said the boats were ready. His father said the boats were not ready.';
    expect(speakers(text).map(([, speaker]) => speaker)).toEqual([
      'Casper Holt Jr.',
      'Casper Holt Jr.',
      'Casper Holt',
    ]);
  });

  it('matches descriptions on roles stated by relative clauses, predicates and synonyms', () => {
    const text =
      'Rhea Maddox, who chairs the porters\' union, spoke first. "We will strike," the union leader said.';
    expect(speakers(text)).toEqual([['"We will strike,"', 'Rhea Maddox']]);
    const predicate =
      'The mill will close, its chief engineer said on Monday. Hal Brenner, 61, took over as chief engineer in 2019.';
    expect(speakers(predicate)).toEqual([['The mill will close', 'Hal Brenner']]);
    // A predicate's role keeps its possessor: "has been Tarnwick's chief operating officer".
    const possessed =
      "The chief operating officer of Tarnwick Foods told shareholders on Friday that the plant would reopen. Varga, 51, has been Tarnwick's chief operating officer since 2021. Oskar Lind is the county's water commissioner. The water commissioner said the reservoir was full.";
    expect(speakers(possessed)).toEqual([
      ['that the plant would reopen', 'Varga'],
      ['the reservoir was full', 'Oskar Lind'],
    ]);
    // A role left ("resigned as chief executive") is the former holder's.
    expect(
      speakers(
        'Khalid al-Mansouri resigned as chief executive of Corvina on Wednesday. Arjun Mehta, its head of operations, will serve as interim chief. "I am stepping aside," the former chief executive said.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Khalid al-Mansouri']);
  });

  it('keeps names inside a relative clause of the source out of it', () => {
    const text =
      "Rhea Maddox, who leads the porters' union, spoke. The union boss, whose brother Tam Maddox is a judge, said the strike was on.";
    expect(speakers(text)).toEqual([['the strike was on', 'Rhea Maddox']]);
  });
  it('never takes the object of a preposition in a source for its speaker', () => {
    // "from Holm", "for Tom Rell": a place, or the person the lawyer works for; the "who" after "a
    // fisherman from Holm" is the fisherman named before it.
    expect(
      speakers('The council heard from Anna Holt, a fisherman from Holm, who said the pier was unsafe.'),
    ).toEqual([['the pier was unsafe', 'Anna Holt']]);
    expect(speakers('The lawyer for Tom Rell said the claim was false.')).toEqual([
      ['the claim was false', null],
    ]);
    expect(speakers('Anna Holt, who fishes off the pier, said it was unsafe.')).toEqual([
      ['it was unsafe', 'Anna Holt'],
    ]);
    // "Of" as well: the chief of staff speaks, not the person whose staff it is; but "of" inside a title
    // ("Secretary of State") is part of the name's role.
    expect(speakers('The chief of staff of Anna Holt said the claim was false.')).toEqual([
      ['the claim was false', null],
    ]);
    expect(speakers('Secretary of State Anna Holt said the claim was false.')).toEqual([
      ['the claim was false', 'Anna Holt'],
    ]);
    // Nor is a role after the preposition the description's own: the mayor's chief of staff is not the mayor.
    expect(speakers('The chief of staff of Mayor Anna Holt said the claim was false.')).toEqual([
      ['the claim was false', null],
    ]);
    // A person's name right before "who" is who it stands for, wherever the name stands; a body's name
    // after a description's preposition is not.
    expect(
      speakers('The nominee sat face to face with House Speaker Paul Ryan, who said the meeting went well.'),
    ).toEqual([['the meeting went well', 'Paul Ryan']]);
    expect(
      speakers(
        'The panel invited Matt Duss, the president of the Foundation for Middle East Peace, who said the plan would fail.',
      ),
    ).toEqual([['the plan would fail', 'Matt Duss']]);
    // After a verb, the preposition's object is who the relative pronoun stands for.
    expect(speakers('The claim came from Senator Margit Ekholm, who said the minister had lied.')).toEqual([
      ['the minister had lied', 'Margit Ekholm'],
    ]);
  });

  it('reads a titled given and family name as a person though the family name also ends company names', () => {
    expect(speakers('Councilwoman Dana Ferro said the contract was flawed.')).toEqual([
      ['the contract was flawed', 'Dana Ferro'],
    ]);
    expect(speakers('Dr. Ann Steel said the ward was full.')).toEqual([['the ward was full', 'Ann Steel']]);
    // Without a title, or naming a body, it stays an organisation's name.
    expect(speakers('Georgia Power said rates would rise.')).toEqual([['rates would rise', null]]);
    expect(speakers('Bishop Noll Institute said classes would resume.')).toEqual([
      ['classes would resume', null],
    ]);
  });

  it('reads a full name as a person where its family name alone is a sayer later, whatever the given name', () => {
    // "Priya" is not in the lexicon of given names, and the first sentence reports nothing.
    expect(speakers('Priya Shah met union leaders on Monday. Shah said a deal was close.')).toEqual([
      ['a deal was close', 'Priya Shah'],
    ]);
    // Not where a person with evidence has that family name: the sayer is more likely that one.
    expect(
      speakers('Donald Trump spoke on Monday. Ivanka Trump joined him later. Trump said the plan was fine.'),
    ).toEqual([['the plan was fine', 'Donald Trump']]);
    // A capitalized word that opens a sentence is no given name.
    expect(speakers('Maybe Shah will come. Shah said a deal was close.')).toEqual([
      ['a deal was close', null],
    ]);
  });

  it('reads a role in an apposition that a prepositional phrase closes', () => {
    const text =
      "Ben Adair, a spokesman for the sheriff's office, said the road was closed. The spokesman said it would reopen.";
    expect(speakers(text)).toEqual([
      ['the road was closed', 'Ben Adair'],
      ['it would reopen', 'Ben Adair'],
    ]);
    // A clause after the comma is no apposition ("According to Voss, the delay will cost the owner ...").
    const clause =
      'According to committee member Aram Voss, the delay will cost the owner of a boat about 1,200 crowns. The owner said nothing.';
    expect(speakers(clause).at(-1)).toEqual(['nothing', null]);
  });

  it('reads a body named by a group noun as no person, and "of" a topic after an inverted sayer as no source', () => {
    expect(speakers('"It is devastating," said John Smith of the Brookings Institution.')).toEqual([
      ['"It is devastating,"', 'John Smith'],
    ]);
    expect(found('"It is devastating," said Anna Morrow of the crash.')).toEqual([
      ['Anna Morrow', 'said', 'Anna Morrow', '"It is devastating,"'],
    ]);
  });

  it("reads an operator's, a newspaper's or a poll's name as no person, whatever word opens it", () => {
    expect(
      people(
        'Port Marrick Transit said on Monday that no buses would run. The Quayside Star reported that drivers were angry. The Kessel Bay University Poll finds that most riders back the strike.',
      ),
    ).toEqual([]);
    // A name WordNet does not know that opens a source and goes on with where its sayer belongs is a
    // person's; a body's name is not.
    expect(
      people(
        'Chua Mei Ling of the residents’ group Clean Tap told the radio that the notice came late. Bank of America said rates would rise. Rio Tinto of Australia said output would fall.',
      ),
    ).toEqual(['Chua Mei Ling']);
    // A role's portfolio after "for" or "of" is the role's, up to the given name; a place is no portfolio.
    expect(
      people(
        'Minister for Emergency Management Inés Carvajal Ortega said the fire was contained. Lena Brandt, the former mayor of New York City, disagreed.',
      ),
    ).toEqual(['Inés Carvajal Ortega', 'Lena Brandt']);
    // Utilities and manufacturers by their trade: "Sollis Water", "Kessel Electric".
    expect(
      people(
        'In a statement, Sollis Water said it was cooperating fully. Kessel Electric said its lines were safe. Mayor Lena Brandt thanked both.',
      ),
    ).toEqual(['Lena Brandt']);
    // Nor a place that opens on a word first-name lists hold ("Port", "North", "West").
    expect(
      people(
        "At Tuesday's debate in Port Ardley, Governor Eleni Papadakis said the dam would be built. North Carolina and West Palm Beach voted later.",
      ),
    ).toEqual(['Eleni Papadakis']);
    // But a family name that is such a word too, after a role or a sayer's given name, is a person's.
    expect(
      people(
        '"We played well," said U.S. coach Bruce Arena. Heath Ledger said nothing. Ships sank at Pearl Harbor.',
      ),
    ).toEqual(['Bruce Arena', 'Heath Ledger']);
    // Nor a street's or a station's.
    expect(people('Pickets gathered on Harrow Street and at Baxter Station, Linh Tran said.')).toEqual([
      'Linh Tran',
    ]);
  });

  it('keeps to the sayer where names are joined inside an apposition, and reads institutions and places as no one', () => {
    expect(
      speakers('Mayor Maya Ruiz, a former aide to Paul Gentry and Anna Holt, said the plan was dead.'),
    ).toEqual([['the plan was dead', 'Maya Ruiz']]);
    expect(
      speakers('The suit was filed by a lawyer for the estate of Anna Holt, who said the will was forged.'),
    ).toEqual([['the will was forged', null]]);
    expect(
      speakers(
        'Compared with Anna Holt, the senator from Ohio, in recent polls, trails by four points. The senator said the polls were wrong.',
      ).at(-1),
    ).toEqual(['the polls were wrong', null]);
    expect(speakers('Patients at Queen Elizabeth Hospital waited for hours, a nurse said.')).toEqual([
      ['Patients at Queen Elizabeth Hospital waited for hours', null],
    ]);
    expect(speakers('Kyiv said the talks would resume. Crowds in Maidan Kyiv cheered.')).toEqual([
      ['the talks would resume', null],
    ]);
  });

  it('gives words said by two people joined by "and" no one speaker', () => {
    expect(speakers('Paul Gentry and Maya Ruiz said the merger was off.')).toEqual([
      ['the merger was off', null],
    ]);
    expect(speakers('Paul Gentry, the CEO, and Maya Ruiz, the CFO, both said the merger was off.')).toEqual([
      ['the merger was off', null],
    ]);
    // Names inside a relative clause are not sayers.
    expect(
      speakers('Maya Ruiz, who met Paul Gentry and Tom Rell on Monday, said the merger was off.'),
    ).toEqual([['the merger was off', 'Maya Ruiz']]);
  });

  it('reads a month before ", who" as the person named so', () => {
    expect(
      speakers(
        'Prime Minister Theresa May met union leaders on Tuesday. The deal was negotiated by May, who said it would protect jobs.',
      ).at(-1),
    ).toEqual(['it would protect jobs', 'Theresa May']);
  });

  it('reads a date alone as no person, whatever follows it', () => {
    // ", the spokesman said" after "Friday" is no apposition to a person named Friday.
    expect(
      speakers(
        'Crews will finish by Friday, the spokesman said, adding that the road would reopen Saturday.',
      ),
    ).toEqual([
      ['Crews will finish by Friday', null],
      ['that the road would reopen Saturday', null],
    ]);
  });

  it('reads the place a role is of as no person, whatever follows it', () => {
    // ", who" after "Holm" is evidence of a person only where Holm is not the place the mayor is mayor of.
    expect(speakers('The council heard from the mayor of Holm, who said the pier was unsafe.')).toEqual([
      ['the pier was unsafe', null],
    ]);
    // A person after "of" in a relation is no place, but "who" then refers to the phrase "of" hangs on.
    expect(speakers('The council heard from a friend of Tom Rell, who said the pier was unsafe.')).toEqual([
      ['the pier was unsafe', null],
    ]);
    expect(speakers('Tom Rell, the father of Anna Holt, said the pier was unsafe.')).toEqual([
      ['the pier was unsafe', 'Tom Rell'],
    ]);
  });

  it('gives no one the words of people described by whom they are related to', () => {
    // The name after a preposition, and the words before it, describe whom the speakers hang on.
    for (const sentence of [
      'The family of missing climber Tomas Rybak said they had not given up hope.',
      'Relatives of Daniel Osei said he had been held for a week.',
      'Friends of the late singer Ama Boateng said she loved the sea.',
      'The lawyer representing Ilse Brandt said she would appeal.',
    ])
      expect(speakers(sentence).map(([, speaker]) => speaker)).toEqual([null]);
    // A title holds "of", and so does a name that opens the sentence; a place after "of" names no one.
    expect(speakers('Former Reagan chief of staff Don Regan said the plan was sound.')).toEqual([
      ['the plan was sound', 'Don Regan'],
    ]);
    expect(speakers('Bank of Holm governor Mark Dale said rates would stay.')).toEqual([
      ['rates would stay', 'Mark Dale'],
    ]);
    expect(speakers('Secretary of State Anna Holt said the talks would resume.')).toEqual([
      ['the talks would resume', 'Anna Holt'],
    ]);
    for (const sentence of [
      'U.S. special envoy for climate John Kerry said the deal was close.',
      'Minister without portfolio John Kerry said the deal was close.',
    ])
      expect(speakers(sentence).map(([, speaker]) => speaker)).toEqual(['John Kerry']);
  });

  it('joins a family name of two words or more, written alone, to the full name it ends', () => {
    expect(
      speakers(
        'Zsófia Kovács-Szabó, a pollster at Median, said support had fallen. "We did not expect a shift this large," Kovács-Szabó said in an interview. Kovács-Szabó added that turnout was low.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Zsófia Kovács-Szabó', 'Zsófia Kovács-Szabó', 'Zsófia Kovács-Szabó']);
    expect(
      speakers(
        "Síle Ní Bhriain, the council's planning officer, said the cost had doubled. Ní Bhriain said the builder was at fault.",
      ).map(([, speaker]) => speaker),
    ).toEqual(['Síle Ní Bhriain', 'Síle Ní Bhriain']);
    // Not a family name the article writes after another first name ("Marine" read as a role).
    expect(
      speakers(
        'Marine Le Pen was found guilty. "This is a political decision," Le Pen told TF1. Her father, Jean-Marie Le Pen, called the verdict a scandal.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Le Pen', 'Jean-Marie Le Pen']);
    // A given name and a family name are a full name of their own.
    expect(people('Anna Mary Holt opened the pier. Mary Holt, a fisherman, said it was safe.')).toEqual([
      'Anna Mary Holt',
      'Mary Holt',
    ]);
  });

  it('joins the first of two family names, written alone, to the full name (Spanish and Portuguese usage)', () => {
    expect(
      speakers(
        "Health Minister Rafael Montoya Ibáñez ordered the recall on Monday. Montoya said inspectors were at the plant. Ana Rivas Ortega, who leads a parents' group, said the families wanted answers. Rivas said they would go to court.",
      ).map(([, speaker]) => speaker),
    ).toEqual(['Rafael Montoya Ibáñez', 'Rafael Montoya Ibáñez', 'Ana Rivas Ortega', 'Ana Rivas Ortega']);
    // Not a common word that closes a name-like title ("The Rachel Maddow Show"), nor a given name.
    expect(
      speakers('Hosts of The Rachel Maddow Show met on Monday. Maddow said the ratings were up.').map(
        ([, speaker]) => speaker,
      ),
    ).not.toContain('Rachel Maddow Show');
  });

  it('makes a person of a name its apposition or the next sentence describes as one', () => {
    // After a verb of saying, the sentence may close an apposition without an article.
    expect(
      speakers('"Rates will rise in April," said Emre Aydin, chief economist at Bosphorus Capital.'),
    ).toEqual([['"Rates will rise in April,"', 'Emre Aydin']]);
    // A specialist's noun that WordNet lacks.
    expect(speakers('Youssef Amrani, an astrobiologist, says the signal is faint.')).toEqual([
      ['the signal is faint', 'Youssef Amrani'],
    ]);
    // "She" opening the next sentence takes up the subject of the one before, after a given name; a place
    // that opens a sentence is no one "he" is.
    expect(
      speakers(
        'Amara Okafor was gracious in defeat. She told reporters that the winner had run a perfect race.',
      ),
    ).toEqual([['that the winner had run a perfect race', 'Amara Okafor']]);
    expect(
      speakers(
        'Governor Gavin Newsom toured the fire zone. Los Angeles has lost 10,000 homes. He said the state would rebuild.',
      ),
    ).toEqual([['the state would rebuild', 'Gavin Newsom']]);
    // A body is "it", and a bank's apposition names no person.
    expect(people('Bosphorus Capital raised its forecast on Monday. It said growth would slow.')).toEqual([]);
    expect(speakers('"Rates will rise," said Bosphorus Capital, a bank in Istanbul.')).toEqual([
      ['"Rates will rise,"', null],
    ]);
  });

  it('reads particles and initials written together as part of a name', () => {
    expect(
      speakers("Asante-Mensah's lawyer, J.R. Okafor, denied the charges. Okafor said the case was weak.").map(
        ([, speaker]) => speaker,
      ),
    ).toEqual(['J.R. Okafor', 'J.R. Okafor']);
    expect(
      speakers(
        'Principal Marieke van der Berg said classes would resume. Van der Berg added that parents had been told.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Marieke van der Berg', 'Marieke van der Berg']);
    expect(
      speakers(
        'Dr. Layla al-Mansouri warned that the water was unsafe. Al-Mansouri said tests would continue.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Layla al-Mansouri', 'Layla al-Mansouri']);
    expect(people('Khalid bin Saeed al-Harthy, the water minister, said the dam was safe.')).toEqual([
      'Khalid bin Saeed al-Harthy',
    ]);
    expect(people('Martina de la Fuente said she was tired.')).toEqual(['Martina de la Fuente']);
    // A particle after a day is no name's, and only the Arabic article takes a hyphen.
    expect(people('Officials said Monday al-Qaeda had claimed the attack.')).toEqual([]);
    expect(people('Premier Nikita Khrushchev de-Stalinized the party.')).toEqual(['Nikita Khrushchev']);
    // Initials before a word in lower case or a pronoun are an abbreviation's.
    expect(
      people('The F.A.A. records show delays. In Washington D.C. He said the delays would end.'),
    ).toEqual([]);
  });

  it("matches a title's abbreviation before a name to the noun a later description uses", () => {
    for (const [sentence, speaker] of [
      ['Gen. Moussa Traoré visited the base. "He will answer for it," the general said.', 'Moussa Traoré'],
      ['Dr. Amina Yusuf treated the victims. "Most will recover," the doctor said.', 'Amina Yusuf'],
      ['Justice Helen Achebe heard the case. The judge said the evidence was thin.', 'Helen Achebe'],
      ['Captain Lucas Moreira scored twice. "We deserved it," the skipper said.', 'Lucas Moreira'],
      ['Sen. Ana Ruiz opposed the bill. The senator said it was rushed.', 'Ana Ruiz'],
    ])
      expect(speakers(sentence!).at(-1)?.[1]).toBe(speaker);
    // Only the title right before the name goes by its nouns, and "general" beside another title is no
    // general's.
    expect(
      speakers(
        'Justice Department spokesman Peter Carr said the file was closed. The judge said the trial would begin.',
      ).at(-1),
    ).toEqual(['the trial would begin', null]);
    expect(
      speakers(
        "Gen. Moussa Traoré visited the club. The club's general manager said the match would go ahead.",
      ).at(-1),
    ).toEqual(['the match would go ahead', null]);
    expect(
      speakers('Gen. Moussa Traoré visited the base. The inspector general said the audit was late.').at(-1),
    ).toEqual(['the audit was late', null]);
  });

  it('gives a description the person a later source names as the same role', () => {
    expect(
      speakers(
        'A police spokeswoman said a helicopter had spotted the man. The spokeswoman, Sgt. Katarzyna Nowak, said he was unhurt.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Katarzyna Nowak', 'Katarzyna Nowak']);
    expect(
      speakers(
        "The shipyard's chief executive said the order book was full. The chief executive, Ana Ruiz, said she would hire 200 workers.",
      ).map(([, speaker]) => speaker),
    ).toEqual(['Ana Ruiz', 'Ana Ruiz']);
    // A group, and another role, are no one the name is.
    expect(
      speakers(
        'Police said the road was closed. A lawyer said the closure was unlawful. The spokesman, Tomas Berg, added that it would reopen.',
      ).map(([, speaker]) => speaker),
    ).toEqual([null, null, 'Tomas Berg']);
  });

  it('knows the given names of birth registers, with their gender, where the family name looks like one', () => {
    // Names the English lists lack; the register tells "she" from "he".
    expect(
      speakers(
        "Ngozi Eze chairs the traders' association. Chidi Okafor runs a stall. She said rents had doubled.",
      ),
    ).toEqual([['rents had doubled', 'Ngozi Eze']]);
    expect(people('Priya Raman met Kelechi Nwosu on Monday.')).toEqual(['Priya Raman', 'Kelechi Nwosu']);
    // A register lists words and places too: not a county, an amendment, a pairing of two candidates, nor
    // a family name written first, whose register gender ("Aung", male) would be wrong.
    expect(people('Voters in Vigo County debated the Hyde Amendment and the Cruz-Rubio feud.')).toEqual([]);
    expect(
      speakers('Aung San Suu Kyi said the vote was fair. She said the army must accept it.').map(
        ([, speaker]) => speaker,
      ),
    ).toEqual(['Aung San Suu Kyi', 'Aung San Suu Kyi']);
  });

  it('makes a person of a name whose role and body run long, but not of a word before a list or a clause', () => {
    expect(
      speakers(
        'Wulandari, director of medicines safety at the Global Medicines Safety Agency, said the batch was poison.',
      ),
    ).toEqual([['the batch was poison', 'Wulandari']]);
    expect(
      people(
        'Democrats, including President Obama and the two candidates for the party nomination, Sen. Anna Holt and Tom Berg, said the bill was late.',
      ),
    ).not.toContain('Democrats');
  });

  it('makes a person of a one-word name described as one, not of a body that says something', () => {
    expect(
      speakers('Sutrisno, a 47-year-old farmer, said he had lost both crops. "Nothing is left," he said.'),
    ).toEqual([
      ['he had lost both crops', 'Sutrisno'],
      ['"Nothing is left,"', 'Sutrisno'],
    ]);
    // A body's name that says something is no person, even where "he" follows; nor is a company's
    // apposition, a name of two capitals or "according to" a name.
    expect(
      speakers(
        'President Volodymyr Zelensky spoke on Monday. Kyiv said the strikes hit power stations. He said the grid would hold.',
      ).map(([, s]) => s),
    ).toEqual([null, 'Volodymyr Zelensky']);
    expect(people("Okalux, the country's biggest grocer, said prices would rise.")).toEqual([]);
    expect(people('Alibaba, the Chinese e-commerce leader, said sales rose.')).toEqual([]);
    expect(
      people('EgyptAir said the plane had vanished. He added nothing. According to Ravora, it was late.'),
    ).toEqual([]);
  });

  it("reads a description followed by its verb as the next clause's subject, not an apposition", () => {
    expect(
      speakers(
        'In an interview with hosts Tom Vance and Mira Castell, the senator said the bill was dead. "It is over," Castell said.',
      ),
    ).toEqual([
      ['the bill was dead', null],
      ['"It is over,"', 'Mira Castell'],
    ]);
  });

  it('reads a role written before a name and its comma, with the place or body it is of', () => {
    expect(
      speakers(
        'The mayor of Santa Lucía del Monte, Dolores Echeverría, said the debt was large.\n\nThe mayor said it would take until 2031 to repay.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Dolores Echeverría', 'Dolores Echeverría']);
    // A qualifier that ends the role ("chief executive") heads it, and tells two chiefs apart.
    expect(
      speakers(
        "The airline's chief executive, Rashid Karimov, said costs rose. Its chief financial officer, Dilnoza Yusupova, said cash was ample. The chief executive said bookings were up.",
      ).map(([, speaker]) => speaker),
    ).toEqual(['Rashid Karimov', 'Dilnoza Yusupova', 'Rashid Karimov']);
    // Not a plural noun, nor the object of "according to".
    expect(
      speakers(
        'According to their friends and advisers, Anna Holt was worried. Her advisers said the race was close.',
      ).map(([, speaker]) => speaker),
    ).toEqual([null, null]);
  });

  it('matches a description headed by any noun of a person to the role the article gives', () => {
    expect(
      speakers(
        'Novelist Ifeoma Nwachukwu returned the prize on Monday. The novelist said she would give the money away.',
      ),
    ).toEqual([['she would give the money away', 'Ifeoma Nwachukwu']]);
    // A singular noun that ends in "ss" heads a role written before the name; a plural does not.
    expect(
      speakers(
        'The actress, Ana Ruiz, won the award on Sunday. The actress said she was grateful. The witnesses, Tom Bale and Rita Holm, spoke later. The witnesses said they saw nothing.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Ana Ruiz', null]);
    // "The mayor" is the one in office, "the former mayor" the one who was; a former holder alone still is.
    expect(
      speakers(
        'Mayor Lena Ortiz opened the bridge on Monday. Hal Brenner, a former mayor of the town, stood beside her. "It was late," the former mayor said. The mayor said it was worth the wait.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Hal Brenner', 'Lena Ortiz']);
    expect(
      speakers(
        'Former mayor Hal Brenner criticised the plan on Monday. The mayor said the bridge was late.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Hal Brenner', 'Hal Brenner']);
    // Someone's relation is not the person with that role.
    expect(
      speakers('His childhood friend, Tomas Berg, said he was kind. Her friend said she was away.').map(
        ([, speaker]) => speaker,
      ),
    ).toEqual(['Tomas Berg', null]);
  });

  it('matches an age description to the age the article states, or to the person the story is about', () => {
    expect(
      speakers(
        'Aurelio Mancuso, 62, and Lidia Ferro, 35, walked the rows. The 62-year-old said the hail had lasted twenty minutes.',
      ),
    ).toEqual([['the hail had lasted twenty minutes', 'Aurelio Mancuso']]);
    expect(
      speakers(
        'Aurelio Mancuso walked along the rows on Monday. "The hail took the whole year," said the 62-year-old, whose family has made wine here since 1921.',
      ),
    ).toEqual([['"The hail took the whole year,"', 'Aurelio Mancuso']]);
    // Not a person whose stated age differs, nor someone's relation.
    expect(
      speakers(
        'Opposition leader Losana Vunivalu, whose deputy Tevita Moala, 61, stood beside her, spoke first. The 44-year-old, who would be the first woman in the office, said she was ready.\n\nHer 72-year-old mother said she was proud.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Losana Vunivalu', null]);
  });

  it('reads no gender into a family name written first ("Chen" of "Chen Weiling")', () => {
    expect(
      speakers(
        'Chen Weiling has attended every day of the trial. She told reporters that she had never seen the email.',
      ),
    ).toEqual([['that she had never seen the email', 'Chen Weiling']]);
  });

  it('reads an age description, among several subjects, as the first subject of the nearest sentence', () => {
    expect(
      speakers(
        'Mayor Ines Calder denied promising the fishermen new berths, a claim first made by Tomas Berg, the harbour master, who told a meeting last week that the promise was made in May. The 58-year-old said the fishermen would be treated fairly.',
      ).at(-1),
    ).toEqual(['the fishermen would be treated fairly', 'Ines Calder']);
  });

  it('reads no clause into a role: a verb before a title, and a role after "is" set off before a name', () => {
    const people = extract(
      'Headline for the test\n\nThe speakers are Governor Ines Calder and Tomas Berg.\n\nCALDER: The interest is the same whoever is governor, Tomas. The difference is the dam.\n\nBERG: No.',
    ).people.map((person) => [person.name, person.roles.map((role) => role.text)]);
    expect(people).toEqual([
      ['Ines Calder', ['Governor']],
      ['Tomas Berg', []],
    ]);
  });

  it("reads a count of the person's own children as a description of the person the story is about", () => {
    expect(
      speakers(
        'Hospital cleaner Irene Dowd, 63, walks two hours to work since the strike began.\n\n"I have never once been late," the gran-of-five said.',
      ),
    ).toEqual([['"I have never once been late,"', 'Irene Dowd']]);
    expect(
      speakers('Tomas Berg waited at the stop for an hour. The father of four said the buses had not come.'),
    ).toEqual([['the buses had not come', 'Tomas Berg']]);
    // Not a relation of someone else.
    expect(
      speakers('Tomas Berg waited at the stop. His mother of four said nothing had come.').map(
        ([, speaker]) => speaker,
      ),
    ).not.toContain('Tomas Berg');
  });

  it('reads a nickname in quotation marks inside a name as part of it, and names the person without it', () => {
    expect(
      speakers(
        'Union boss Declan "Big Dec" Fahy has vowed to walk the picket line. "I would walk on crutches," Fahy said. Marek "the Ferryman" Zielinski said the ferries would run.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Declan Fahy', 'Declan Fahy', 'Marek Zielinski']);
    expect(
      extract('Headline for the test\n\nUnion boss Declan "Big Dec" Fahy said the strike would go on.')
        .people[0]?.aliases,
    ).toContain('Declan "Big Dec" Fahy');
    // A nickname may join words by a hyphen and hold a title, which is no role of the name.
    expect(
      people('Insurance chief Tomasz "Mr No-Pay" Wroblewski said every valid claim would be paid.'),
    ).toEqual(['Tomasz Wroblewski']);
    // ... or an abbreviation's period, which makes no person of the nickname's last word.
    expect(
      people('Ana "Dr. Doom" Ruiz, the chief economist at Fennel Bank, said the slump would last.'),
    ).toEqual(['Ana Ruiz']);
  });

  it('reads who a relative pronoun after a long description stands for, and a gerund after "by" as its subject\'s', () => {
    expect(
      speakers(
        'Among the witnesses was Linh Tran, a bus driver of seventeen years and the union’s shop steward at the Harrow Street depot, who told councillors that a shift could begin before dawn.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Linh Tran']);
    expect(
      speakers(
        'Park Ji-won, the councillor who chairs the transport committee, had opened the hearing by telling both sides that the committee would sit every week.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Park Ji-won']);
    // A sports club's name is no person's.
    expect(
      people(
        'Brackenford Rovers said on Monday that the board was in talks. Dunmarrow Town said it had not been contacted, and Hollowmere Athletic said nothing.',
      ),
    ).toEqual([]);
    // A body's name after the noun of its kind is no one.
    expect(
      people(
        'Ana Ruiz, the founder of the riders’ group Fare Share Marrick, said the board had matched 400 people.',
      ),
    ).toEqual(['Ana Ruiz']);
  });

  it('starts a source after the conjunction that opens its own clause ("..., while Liza Bautista ... said")', () => {
    expect(
      speakers(
        'The Rev. Iosefa Leaupepe, whose church hosted the forum, said the valley had heard enough about litres, while Liza Bautista, who chairs the Yes campaign, said the taps and the jobs were one argument.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Iosefa Leaupepe', 'Liza Bautista']);
  });

  it('starts a source after a subordinating conjunction whose clause the cue completes ("a week after X said")', () => {
    const sources = (text: string): (string | null)[] =>
      extract(`Headline for the test\n\n${text}`).attributions.map(
        (attribution) => attribution.source?.text ?? null,
      );
    expect(
      sources(
        'The council vote came a week after Leonard Arkwright, the former chair of Rovers, said in his resignation statement on Oct. 2 that he could not put his signature "on a blank page."\n\nThe ruling will be made by ten judges because the court\'s chief judge, Anna Holt, said she would step aside.',
      ),
    ).toEqual(['Leonard Arkwright, the former chair of Rovers,', "the court's chief judge, Anna Holt,"]);
    // Not inside a description, nor where the conjunction's clause ends before the cue.
    expect(
      sources(
        'Ana Ruiz, who has led the union since the strike of 1998, said the talks had failed. Health Minister Lucía Echeverría, appointed on Friday after Rafael Montoya resigned, said the state would pay.',
      ),
    ).toEqual([
      'Ana Ruiz, who has led the union since the strike of 1998,',
      'Health Minister Lucía Echeverría, appointed on Friday after Rafael Montoya resigned,',
    ]);
  });

  it('gives a cue after a reporting relative clause the clause\'s host for source ("X, who said ..., said")', () => {
    expect(
      speakers(
        'Prof. Ingrid Sola of the University of Brackenford, who said in September that the price was "cheap for a club with this land," said the final terms made the deal "a little less cheap."',
      ),
    ).toEqual([
      ['that the price was "cheap for a club with this land,"', 'Ingrid Sola'],
      ['the final terms made the deal "a little less cheap."', 'Ingrid Sola'],
    ]);
  });

  it('does not take an assistant or a deputy for the holder of the role ("Tollmarsh\'s assistant manager")', () => {
    expect(
      speakers(
        "Rovers manager Ewan Castell said the win was deserved.\n\nTollmarsh's assistant manager, who spoke in place of the suspended head coach, said his side had given the game away.",
      ).map(([, speaker]) => speaker),
    ).toEqual(['Ewan Castell', null]);
    // A promoted deputy is still "the new minister".
    expect(
      speakers(
        'Deputy Health Minister Lucía Echeverría would take over at once, the presidency said. Echeverría, 46, was sworn in on Friday.\n\n"No one will be protected," the new minister told reporters.',
      ).at(-1)?.[1],
    ).toBe('Lucía Echeverría');
  });

  it('does not cut a source at a concessive that describes its person ("Ana Ruiz, though a critic,")', () => {
    expect(
      speakers(
        'Ana Ruiz, though a longtime critic of the plan, said she would vote for it. Senator Tom Reed, while a supporter of the bill, said it needed changes.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Ana Ruiz', 'Tom Reed']);
  });

  it('keeps the sayer named after a quotation the source, however long the clause before the cue', () => {
    expect(
      speakers(
        '“The members have spoken,” Declan Fahy, the union’s general secretary, who has led it for eleven years, said in a statement released with the result.',
      ),
    ).toEqual([['“The members have spoken,”', 'Declan Fahy']]);
  });

  it('matches a description of several role words on its head, or on the head of any of its conjuncts', () => {
    expect(
      speakers(
        "Samira Haddad, the committee's chair, opened the hearing. The chief financial officer said the board had approved the switch.",
      ).map(([, speaker]) => speaker),
    ).toEqual([null]);
    expect(
      speakers(
        'Senator Marta Ruiz toured the port on Monday. The Florida senator and presidential candidate said the port was ready.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Marta Ruiz']);
  });

  it('matches an age description to the one ageless person its paragraph named before it', () => {
    expect(
      speakers(
        '09:40 — Linh Tran said the picket had started at 3.45 a.m.\n\n06:15 — Declan Fahy addressed strikers at the depot. "Not one wheel turns," the 58-year-old told the crowd.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Linh Tran', 'Declan Fahy']);
    // No one, where someone was introduced unnamed since ("arrested a man").
    expect(
      speakers(
        'Police spokeswoman Ana Ruiz said officers arrested a man at the home of Tom Reed. The 23-year-old told officers he had been fishing.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Ana Ruiz', null]);
    // The person named before, not one named inside the words quoted.
    expect(
      speakers(
        'Tomas Berg met the press.\n\nAnna Holt spoke later. "What if Donald Trump had lessons?" the 43-year-old asked.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Anna Holt']);
  });

  it('gives no one the words of people a name only modifies ("Clinton aides", "a Trump adviser")', () => {
    expect(
      speakers(
        'Senator Ada Morland spoke on Monday. Morland aides said the bill was dead. A senior Morland adviser said it could return. Rep. Ivo Lenz, a Morland supporter, said he hoped so.',
      ).map(([, speaker]) => speaker),
    ).toEqual([null, null, 'Ivo Lenz']);
  });

  it("reads a company named after a company's noun, a number and an occupation that opens a sentence", () => {
    expect(
      people(
        'The developer, Samudra Kirana Resorts, said in a statement that it would open the gate. The hotel group, Atlântida Hotéis, said it would keep the facade.',
      ),
    ).toEqual([]);
    // After a body's noun a name is still the person named elsewhere.
    expect(
      speakers(
        "The board's chair, Leilani Kahale, said water was short. The board, Kahale said, would review the ban in October.",
      ).map(([, speaker]) => speaker),
    ).toEqual(['Leilani Kahale', 'Leilani Kahale']);
    expect(
      speakers('Two guards saw the fire. One, who asked not to be named, said it began at midnight.').map(
        ([, speaker]) => speaker,
      ),
    ).toEqual([null]);
    expect(people('Midfielder Bruno Salas was sent off in the second half.')).toEqual(['Bruno Salas']);
  });

  it("reads a name with particles set off after its role as the source, and other cultures' titles", () => {
    expect(
      speakers(
        'The port will move north, its chairman, Khalid bin Saeed al-Mansoori, said on Monday. Sheikh Hamdan bin Rashid al-Qasimi said the council would hold a hearing. Sheikh Hamdan wrote that no family would be moved.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Khalid bin Saeed al-Mansoori', 'Hamdan bin Rashid al-Qasimi', 'Hamdan bin Rashid al-Qasimi']);
    expect(people('Datuk Aminah Razak opened the bridge.')).toEqual(['Aminah Razak']);
  });

  it("gives an interview's answers to the person it introduces, and a transcript label to the name it writes", () => {
    const interview =
      'Aziz Rahimi has run the relief agency Open Hands for eleven years. He spoke to the Chronicle last week.\n\n' +
      'Q: How much has your budget fallen?\n\nA: By about 40 percent. We were told in March that two donors would leave.\n\n' +
      'Q: What have you cut?\n\nA: We closed three clinics.';
    expect(speakers(interview)).toEqual([
      ['How much has your budget fallen?', null],
      ['By about 40 percent. We were told in March that two donors would leave.', 'Aziz Rahimi'],
      ['that two donors would leave', null],
      ['What have you cut?', null],
      ['We closed three clinics.', 'Aziz Rahimi'],
    ]);
    // "She" in an answer is someone the speaker tells of, not the speaker, who says "I".
    const told =
      'Leila Rahimi has run the relief agency Open Hands for eleven years. She spoke to the Chronicle last week.\n\n' +
      'Q: Has anyone from the ministry been to see you?\n\nA: The deputy minister came on Tuesday. She told us that the grant would be renewed.';
    expect(speakers(told).slice(1)).toEqual([
      ['The deputy minister came on Tuesday. She told us that the grant would be renewed.', 'Leila Rahimi'],
      ['that the grant would be renewed', null],
    ]);
    expect(
      speakers('Governor Mike Pence spoke to the host on Sunday.\n\nPENCE: We will win Ohio.').map(
        ([, speaker]) => speaker,
      ),
    ).toEqual(['Mike Pence']);
    // An initial tells namesakes apart: "E. PAPADAKIS:" is Eleni, not Nikos.
    expect(
      speakers(
        'Governor Eleni Papadakis and the engineer Nikos Papadakis debated on Tuesday.\n\nE. PAPADAKIS: The valley had water.\n\nN. PAPADAKIS: I am not related to the governor.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Eleni Papadakis', 'Nikos Papadakis']);
    // Where the tagger took a line's colon for its own cue, the line is still the label's.
    expect(
      speakers(
        'Governor Mary Fallin spoke to the host on Sunday.\n\nFALLIN: Well, I think the whole nation needs to work together.',
      ).map(([, speaker]) => speaker),
    ).toContain('Mary Fallin');
    // ... and its words run to the line's end, past the first sentence the tagger read.
    expect(
      speakers(
        'The speakers are the manager, Ewan Castell (CASTELL), and reporters (Q).\n\nQ: Will he play?\n\nCASTELL: I have a view on my back four. The stadium is for cleverer people than me.',
      ),
    ).toContainEqual([
      'I have a view on my back four. The stadium is for cleverer people than me.',
      'Ewan Castell',
    ]);
    // A report inside a named line leaves the line standing too, and its "I" is the line's speaker.
    expect(
      speakers(
        'Mayor Farah Haddad spoke to the host on Saturday.\n\nHADDAD: Declan and I sat on the board for years. I said my door was open, and it was.',
      ),
    ).toEqual([
      ['Declan and I sat on the board for years. I said my door was open, and it was.', 'Farah Haddad'],
      ['my door was open, and it was', 'Farah Haddad'],
    ]);
    // With three speakers or more (a debate), "you" is not the layout's to say.
    expect(
      speakers(
        'Lena Fischer, the moderator, put questions to Olav Haugen and Mia Brandt on Tuesday.\n\nFISCHER: Mr Haugen, your opening.\n\nHAUGEN: Thank you.\n\nBRANDT: In March you said the harbour should be sold.',
      ).filter(([content]) => content.startsWith('the harbour')),
    ).toEqual([['the harbour should be sold', null]]);
    // ... but the person a sentence calls on by name or by a title one of them holds is.
    expect(
      speakers(
        'Lena Fischer, the moderator, put questions to Mayor Olav Haugen and Mia Brandt on Tuesday.\n\nFISCHER: Thank you both. Mr Haugen, in March you said the harbour should be sold.\n\nHAUGEN: I did.\n\nBRANDT: We disagree. Mayor, last week you said the ferries would stay.',
      ).filter(([content]) => content.startsWith('the harbour') || content.startsWith('the ferries')),
    ).toEqual([
      ['the harbour should be sold', 'Olav Haugen'],
      ['the ferries would stay', 'Olav Haugen'],
    ]);
    // "You said" in an interviewer's line is the person the line speaks to; a "you" quoted is not.
    expect(
      speakers(
        'Mayor Farah Haddad spoke to Orla Dempsey of Radio Marrick on Saturday.\n\nDEMPSEY: On Thursday you said the talks were “the only way.” Do you still think so?\n\nHADDAD: I do.',
      ).filter(([content]) => content.startsWith('the talks')),
    ).toEqual([['the talks were “the only way.”', 'Farah Haddad']]);
    // A label names one person whose name joins words by a hyphen or an apostrophe; a possessive is no name.
    expect(
      speakers(
        "Dr Nkechi Obi-Walcott and Sean O'Brien spoke to the host on Monday.\n\nOBI-WALCOTT: Keep boiling your water.\n\nO'BRIEN: The pipes are old.",
      ),
    ).toEqual([
      ['Keep boiling your water.', 'Nkechi Obi-Walcott'],
      ['The pipes are old.', "Sean O'Brien"],
    ]);
    expect(speakers("Editor's Note: The ferry timetable changed on Monday.")).toEqual([]);
    // Headings in capitals are no names: a possessive, a contraction, hyphenated dictionary words.
    expect(
      speakers(
        "EDITOR'S NOTE: This story was updated.\n\nDON'T MISS: Our guide to parking.\n\nWORLD-NEWS: Other stories.\n\nQ-AND-A: The regulator answers.",
      ),
    ).toEqual([]);
    // Nor is the possessive's S a person of its own.
    expect(people("EDITOR'S NOTE: This story was updated. The ferry ran late, the operator said.")).toEqual(
      [],
    );
    // A family name written first labels its person where no one's name ends on it.
    expect(
      speakers(
        'Chua Mei Ling, a pharmacist from Eastbank, spoke to the host on Monday.\n\nCHUA: The water is still brown.',
      ),
    ).toEqual([['The water is still brown.', 'Chua Mei Ling']]);
  });

  it('takes the possessor that opens the sentence before for the person a pronoun refers to, when that sentence names no one else', () => {
    expect(
      speakers(
        'Mayor Lena Brandt arrived late. Union leader Marta Kowal sat beside her.\n\nMs Brandt’s own position moved with the polls. On Monday she said the pier would close.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Lena Brandt']);
    // Not where the sentence names someone else, or where the possessor's noun is a person.
    expect(
      speakers(
        'Mayor Lena Brandt met the union leader Marta Kowal.\n\nBrandt’s plan was reckless, Kowal said. She said the pier must stay open.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Marta Kowal', 'Marta Kowal']);
    expect(
      speakers(
        'Harbour chief Lena Brandt defended the plan.\n\nBrandt’s deputy, Marta Kowal, disagreed. She said the pier must stay open.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Lena Brandt', 'Marta Kowal']);
  });

  it('does not take a pronoun for a person its own sentence names after it', () => {
    expect(
      speakers(
        'Manager Rafael Montoya said the team had collapsed. Midfielder Bruno Salas was sent off, and Salas left the pitch without a word.\n\nHe said he would speak to Salas privately.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Rafael Montoya', 'Rafael Montoya']);
    // A pronoun in a clause before the main one may name the person after it.
    expect(
      speakers('When she spoke on Monday, Senator Ada Morland said the bill was dead.').map(([, s]) => s),
    ).toEqual(['Ada Morland']);
  });

  it("matches a title's abbreviation and a writer's noun to their synonyms", () => {
    expect(
      speakers(
        'Its chief financial officer, Dilnoza Yusupova, said cash was ample. Novelist Ifeoma Nwachukwu returned the prize. The CFO said jobs would go. The author said she had no quarrel with the judges.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Dilnoza Yusupova', 'Dilnoza Yusupova', 'Ifeoma Nwachukwu']);
  });

  it('keeps what a review of the change found right', () => {
    // A number word in a family name; a name after an opening phrase that ends on a body's noun.
    expect(
      speakers('Erik ten Hag spoke on Friday. "We were tired," Ten Hag said.').map(([, speaker]) => speaker),
    ).toEqual(['Erik ten Hag']);
    expect(
      speakers('Addressing the committee, Xi Jinping said growth was steady.').map(([, speaker]) => speaker),
    ).toEqual(['Xi Jinping']);
    // An age someone unnamed was introduced at; the object of an opening phrase is no role.
    expect(
      speakers(
        'A 34-year-old man was stabbed outside a bar on Friday. His neighbour, Ana Ruiz, said she heard screams. The 34-year-old told police he did not know his attacker.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Ana Ruiz', null]);
    expect(
      speakers(
        'After examining the patient, Ana Ruiz ordered more tests. The patient said the pain had eased.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Ana Ruiz', null]);
    // A participle before a noun in an apposition; the sex most bearers of a name have.
    expect(
      speakers(
        'Ana Ruiz, the newly appointed police chief, spoke on Monday. The police chief said crime had fallen.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Ana Ruiz']);
    expect(
      speakers(
        'Hillary Clinton spoke in Ohio. Bill Clinton spoke in Iowa. Mrs. Clinton said the economy was strong. Mr. Clinton said jobs were back.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Hillary Clinton', 'Bill Clinton']);
    // A possessor's office speaks for them; their statement is theirs.
    expect(
      speakers(
        "Minister Karl Eriksen was away. Eriksen's office said he would respond. Eriksen's statement said he was sorry.",
      ).map(([, speaker]) => speaker),
    ).toEqual([null, 'Karl Eriksen']);
  });
});
