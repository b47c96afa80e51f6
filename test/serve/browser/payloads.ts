/**
 * Articles whose every untrusted field carries markup that would run script if a page ever rendered it as
 * HTML: titles, quotations, speaker names, outlets, URLs and file names. Each payload calls `__pwn(n)`
 * (defined by the test before any page script), shows an alert, or requests PWNED_PATH on the app's own
 * origin (which a Content-Security-Policy of 'self' would let through): whichever way one ran, the test
 * sees it. The articles themselves are illustrative fiction, with the extraction a careful reader would
 * make, spans computed from the text.
 */
import { CONTRACT_VERSION, type Attribution, type Extraction, type Person } from '../../../src/types.js';
import type { IngestInput } from '../../../src/store/index.js';
import { spanOf } from '../../store/fixtures.js';

/** Markup and script in every form a page could be tricked into running. */
export const PAYLOADS: readonly string[] = [
  '<script>__pwn(1)</script>',
  '<img src=x onerror=__pwn(2)>',
  '<svg onload=__pwn(3)>',
  '"><iframe srcdoc="<script>parent.__pwn(4)</script>">',
  '</script><script>__pwn(5)</script>',
  "'><img src=/__pwned?6>",
  '<a href="javascript:__pwn(7)" id=pwnlink>read more</a>',
  '<style>body{background:url(/__pwned?8)}</style>',
  '" style="background-image:url(/__pwned?9)" data-x="',
  "{{constructor.constructor('__pwn(10)')()}}",
  '${__pwn(11)} #{__pwn(11)} <%= __pwn(11) %>',
  '<details open ontoggle=__pwn(12)>',
  '<body onload=__pwn(13)>',
  '\u202Egnp.<script>__pwn(14)</script>\u202C',
  '<scr<script>ipt>__pwn(15)</scr</script>ipt>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__pwn(16)>',
  '<meta http-equiv="refresh" content="0;url=/__pwned?17">',
  '<base href="/__pwned?18/">',
  '<object data="javascript:__pwn(19)"></object>',
  '<input autofocus onfocus=__pwn(20)>',
  '<link rel=stylesheet href=/__pwned?21>',
  '<img src="x" onerror="&#95;&#95;pwn(22)">',
  '<noscript><p title="</noscript><img src=x onerror=__pwn(23)>">',
  '</title><script>alert(24)</script>',
  '</textarea><svg><animate onbegin=__pwn(25) attributeName=x dur=1s>',
  '\u2028\u2029</script><!--<script>__pwn(26)//',
  '<video><source onerror=__pwn(27)></video>',
  '<iframe src="javascript:parent.__pwn(28)"></iframe>',
];

/** URLs an article may claim: links to them must never run script or leave the page's origin unsafely. */
export const URL_PAYLOADS: readonly string[] = [
  'javascript:__pwn(101)',
  'JaVaScRiPt:__pwn(102)',
  ' javascript:__pwn(103)',
  'data:text/html,<script>parent.__pwn(104)</script>',
  'vbscript:msgbox(105)',
  'https://example.test/"><script>__pwn(106)</script>',
  "https://example.test/a'onmouseover='__pwn(107)",
  '/__pwned?108',
];

export interface PayloadArticle {
  readonly input: IngestInput;
  readonly title: string;
  readonly outlet: string;
  readonly url: string;
  readonly speaker: string;
  readonly quotation: string;
}

const pick = (list: readonly string[], index: number): string => list[index % list.length] ?? '';

/** The `index`-th article: each field takes a different payload, so every payload lands in every field. */
export function payloadArticle(index: number): PayloadArticle {
  const title = `Council ${index} ${pick(PAYLOADS, index)} budget`;
  const quotation = `We will publish ${pick(PAYLOADS, index + 7)} every figure in ledger${index}`;
  const speaker = `Mara ${pick(PAYLOADS, index + 13)} Holt${index}`;
  const outlet = `${pick(PAYLOADS, index + 19)} Gazette ${index}`;
  const url = pick(URL_PAYLOADS, index);
  const text =
    `${title}\n\n` +
    `The council will open its books, ${speaker} said on Tuesday.\n\n` +
    `“${quotation},” ${speaker} told reporters.\n`;
  const mentions = [spanOf(text, speaker, 1), spanOf(text, speaker, 2)].map(({ start, end }) => ({
    start,
    end,
  }));
  const people: Person[] = [{ id: 'p1', name: speaker, aliases: [], roles: [], mentions }];
  const common = {
    speaker: { id: 'p1', name: speaker },
    saidAt: null,
    dating: 'publication',
    polarity: 'affirmed',
    medium: null,
    via: null,
  } as const;
  const attributions: Attribution[] = [
    {
      ...common,
      id: 'a1',
      type: 'indirect',
      source: spanOf(text, speaker, 1),
      cue: spanOf(text, 'said'),
      content: [spanOf(text, 'The council will open its books')],
      confidence: 0.8,
    },
    {
      ...common,
      id: 'a2',
      type: 'direct',
      source: spanOf(text, speaker, 2),
      cue: spanOf(text, 'told'),
      content: [spanOf(text, quotation)],
      confidence: 0.95,
    },
  ];
  const paragraphs = text.split('\n\n');
  let at = 0;
  const blocks = paragraphs.map((part, position) => {
    const block = {
      kind: position === 0 ? 'title' : 'paragraph',
      start: at,
      end: at + part.trimEnd().length,
    } as const;
    at += part.length + 2;
    return block;
  });
  const extraction: Extraction = {
    version: CONTRACT_VERSION,
    file: `payloads/${index}-${pick(PAYLOADS, index + 3)}.txt`,
    url,
    meta: {
      title,
      subtitle: null,
      published: `2025-0${1 + (index % 9)}-1${index % 10}`,
      modified: null,
      outlet,
      language: 'en',
      authors: [],
      takeaways: [],
      url,
      canonical: null,
    },
    blocks,
    people,
    attributions,
    diagnostics: [],
  };
  return {
    input: { text, extraction, key: `payload-article-${index}` },
    title,
    outlet,
    url,
    speaker,
    quotation,
  };
}

/** One article per payload, so that every payload lands in every field once (see payloadArticle). */
export const PAYLOAD_ARTICLE_COUNT = PAYLOADS.length;

export const payloadArticles = (): PayloadArticle[] =>
  Array.from({ length: PAYLOAD_ARTICLE_COUNT }, (_, index) => payloadArticle(index));
