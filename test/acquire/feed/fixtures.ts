/**
 * Feeds for the tests, built from text written for them. ILLUSTRATIVE ONLY: the outlets, people and events
 * below are invented; no sentence is taken from a real article.
 */

/** An invented article of about 220 words, with quotations, as paragraphs. */
export const ARTICLE_PARAGRAPHS: readonly string[] = [
  'The town council of Marrow Bay voted on Tuesday to rebuild the old harbour wall before the winter storms, ' +
    'ending a debate that had run for most of the year and divided the fishing families from the new hotels.',
  '"We cannot wait another season and hope the sea is kind to us," said Councillor Edna Pask, who chairs the ' +
    'works committee. She said the first stones would be laid in October and the work finished by March.',
  'The plan will cost about four million crowns, most of it from a regional fund for coastal towns. Opponents ' +
    'had argued that the money should go to the school and the clinic, both of which need new roofs.',
  '"The wall protects everything else in this town, the school included," Pask told reporters after the vote. ' +
    'Harbour master Tomas Elling said boats had been damaged twice last winter when waves broke over the quay.',
  'Local businesses welcomed the decision. The owner of a bakery on the waterfront said she had lost a week of ' +
    'trade after the last flood and could not afford another. A group of residents said they would watch the ' +
    'spending closely and asked the council to publish every contract it signs for the work on the wall.',
];

/**
 * Three more invented articles, each on its own story, so that a test ingesting several is not storing
 * syndicated copies of one text.
 */
export const OTHER_ARTICLES: readonly (readonly string[])[] = [
  [
    'The ferry between Marrow Bay and the island of Skell will run twice a day from next month instead of four ' +
      'times, the shipping company announced on Wednesday, citing a shortage of trained crew.',
    '"We would rather run fewer crossings safely than cancel them at the last minute," said operations manager ' +
      'Liv Harrand. She said the company had advertised for deckhands since spring and found only three.',
    'Islanders said the change would make it hard to reach the hospital on the mainland and back in one day. ' +
      'The island doctor, Aron Stibbe, said patients with morning appointments would now have to stay overnight.',
    'The regional transport office said it would ask the company to restore the early crossing in the winter ' +
      'months. A spokesman said talks were planned for the end of the week and that a temporary subsidy for ' +
      'extra crew was one of the options on the table, along with a smaller boat for the quieter afternoons.',
  ],
  [
    'Repairs to the north quay began on Monday after divers found that two of its timber piles had rotted ' +
      'through, the port authority said, and the berth will stay closed to larger vessels until August.',
    '"The quay has done its work for ninety years, and it is tired," chief engineer Bruna Okafor said at the ' +
      'site. Her team will drive steel piles beside the old ones and then remove the damaged timber.',
    'Fishing boats have moved to the south basin, where space is tight. Skipper Halvard Moe said he had waited ' +
      'two hours to unload his catch on Tuesday and feared the fish would lose value in the summer heat.',
    'The authority said it had hired a second crane to shorten the work by three weeks and asked skippers to ' +
      'book unloading times through the harbour office. It also promised weekly updates on the progress of the ' +
      'repairs and said the cost would be met from its own reserves rather than from higher fees.',
  ],
  [
    'The weather service lifted its storm warning for the western coast early on Thursday after winds fell ' +
      'below gale force overnight, though it said heavy rain could still cause flooding in low streets.',
    '"The worst is behind us, but the ground is soaked and the rivers are high," forecaster Pim Alders said. He ' +
      'advised drivers to avoid the coast road between the two bridges until the water had gone down.',
    'Power was restored to most of the eleven hundred homes that lost it on Wednesday evening. The electricity ' +
      'company said crews were still working on a line near the lighthouse that a fallen tree had cut.',
    'Schools in three villages stayed closed for the day. The mayor of Dunholt, Greta Sand, said volunteers had ' +
      'filled sandbags through the night and thanked the fire brigade for pumping out the flooded cellars of ' +
      'the old town, where several shops had lost their stock to the water that came in through the doors.',
  ],
];

export const paragraphsHtml = (paragraphs: readonly string[]): string =>
  paragraphs.map((paragraph) => `<p>${escapeXml(paragraph)}</p>`).join('\n');

export const ARTICLE_HTML = ARTICLE_PARAGRAPHS.map((paragraph) => `<p>${escapeXml(paragraph)}</p>`).join(
  '\n',
);

/** A teaser as many feeds carry: a sentence and a link to the rest. */
export const TEASER_HTML =
  '<p>The council voted to rebuild the harbour wall before winter.</p><p><a href="#">Read more</a></p>';

export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

const cdata = (html: string) => `<![CDATA[${html.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;

export interface ItemFixture {
  readonly id?: string;
  readonly title?: string;
  readonly link?: string;
  /** RSS pubDate / Atom published / RDF dc:date, as written. */
  readonly date?: string;
  readonly author?: string;
  /** The full article (content:encoded / Atom content). */
  readonly content?: string;
  /** The summary (description / Atom summary). */
  readonly summary?: string;
}

const element = (name: string, value: string | undefined, raw = false) =>
  value === undefined ? '' : `<${name}>${raw ? value : escapeXml(value)}</${name}>`;

export function rss2(items: readonly ItemFixture[], channel: { title?: string; link?: string } = {}): string {
  const entries = items.map(
    (item) =>
      '<item>' +
      element('title', item.title) +
      element('link', item.link) +
      element('guid', item.id) +
      element('pubDate', item.date) +
      element('dc:creator', item.author) +
      element('description', item.summary) +
      (item.content === undefined ? '' : `<content:encoded>${cdata(item.content)}</content:encoded>`) +
      '</item>',
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>' +
    element('title', channel.title ?? 'Marrow Bay Courier (illustrative)') +
    element('link', channel.link) +
    `\n${entries.join('\n')}\n</channel>\n</rss>\n`
  );
}

export function atom(entries: readonly ItemFixture[], title = 'Harbour Notes (illustrative)'): string {
  const body = entries.map(
    (entry) =>
      '<entry>' +
      element('id', entry.id) +
      element('title', entry.title) +
      (entry.link === undefined
        ? ''
        : `<link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`) +
      element('updated', entry.date) +
      (entry.author === undefined ? '' : `<author><name>${escapeXml(entry.author)}</name></author>`) +
      (entry.summary === undefined ? '' : `<summary type="html">${escapeXml(entry.summary)}</summary>`) +
      (entry.content === undefined ? '' : `<content type="html">${escapeXml(entry.content)}</content>`) +
      '</entry>',
  );
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">' +
    element('title', title) +
    `\n${body.join('\n')}\n</feed>\n`
  );
}

export function rdf(items: readonly ItemFixture[], title = 'Coast Wire (illustrative)'): string {
  const entries = items.map(
    (item) =>
      `<item rdf:about="${escapeXml(item.link ?? '')}">` +
      element('title', item.title) +
      element('link', item.link) +
      element('dc:date', item.date) +
      element('dc:creator', item.author) +
      element('description', item.summary) +
      (item.content === undefined ? '' : `<content:encoded>${cdata(item.content)}</content:encoded>`) +
      '</item>',
  );
  return (
    '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" ' +
    'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:content="http://purl.org/rss/1.0/modules/content/">' +
    `<channel rdf:about="https://coast.example/">${element('title', title)}<link>https://coast.example/</link></channel>` +
    `\n${entries.join('\n')}\n</rdf:RDF>\n`
  );
}

/** A web page for a link-only item: the article in a page with a headline and some navigation. */
export function articlePage(headline: string, paragraphs: readonly string[] = ARTICLE_PARAGRAPHS): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeXml(headline)}</title></head>` +
    `<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>${escapeXml(headline)}</h1>` +
    paragraphs.map((paragraph) => `<p>${escapeXml(paragraph)}</p>`).join('') +
    '</article><footer>Illustrative page for tests.</footer></body></html>'
  );
}
