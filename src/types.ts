/**
 * The shared vocabulary of onrecord: the typed values that flow from one pipeline stage to the next
 * (acquire -> Document, read -> Article, analyze -> Analysis, extract -> Extraction). Every span is a
 * half-open `{start, end}` range of UTF-16 code units into the Article's text, so that
 * `text.slice(start, end)` is exactly the span.
 */

/** A half-open range into the Article's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span together with the text it covers (always `text.slice(start, end)`). */
export interface TextSpan extends Span {
  readonly text: string;
}

// ---------------------------------------------------------------------------------------------------------
// acquire

export const DOCUMENT_ORIGINS = ['file', 'stdin', 'url', 'feed', 'jsonl', 'warc'] as const;
export type DocumentOrigin = (typeof DOCUMENT_ORIGINS)[number];

/** Raw input and where it came from, before anything is decoded or classified. */
export interface Document {
  readonly origin: DocumentOrigin;
  /**
   * What the user would call it: the path as given (files), `-` (standard input), the URL (fetched pages),
   * `archive.warc.gz#record-id` or `file.jsonl:line` (records inside a container).
   */
  readonly name: string;
  readonly bytes: Uint8Array;
  /** ISO timestamp of when the bytes were read. */
  readonly fetchedAt: string;
  /** Where the bytes came from on the web (the fetched URL after redirects, a WARC target, a line's `url`). */
  readonly url?: string | null;
  /** The Content-Type the bytes came with (HTTP header, WARC record), charset included; null if none. */
  readonly contentType?: string | null;
  /** What the container said about the document, used where the document itself is silent. */
  readonly hints?: DocumentHints;
}

/** Metadata a container gives beside a document: a JSON Lines record's fields, a feed item's. */
export interface DocumentHints {
  /** Whether the bytes are a web page or plain text, when the container says so. */
  readonly format?: 'html' | 'text';
  readonly title?: string | null;
  readonly published?: string | null;
  readonly outlet?: string | null;
  readonly language?: string | null;
  readonly authors?: readonly string[];
}

// ---------------------------------------------------------------------------------------------------------
// read

export const BLOCK_KINDS = [
  'header',
  'title',
  'duplicate',
  'subtitle',
  'source-line',
  'dateline',
  'byline',
  'lead',
  'takeaway',
  'paragraph',
  'heading',
  'list-item',
  'quote',
  'speaker-card',
  'caption',
] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];
export const isBlockKind = (value: unknown): value is BlockKind =>
  typeof value === 'string' && (BLOCK_KINDS as readonly string[]).includes(value);

/** A run of the text with what it is. Blocks never overlap and are in text order. */
export interface Block extends Span {
  readonly kind: BlockKind;
}

export interface ArticleMeta {
  readonly title: string | null;
  readonly subtitle: string | null;
  /** `YYYY-MM-DD` (or a full ISO timestamp when the source gives one). */
  readonly published: string | null;
  /** When the article was last changed, in the same form as `published`; null when not given. */
  readonly modified: string | null;
  readonly outlet: string | null;
  /** Primary language tag, e.g. `en`. */
  readonly language: string | null;
  readonly authors: readonly string[];
  readonly takeaways: readonly string[];
  readonly url: string | null;
  /** The URL the page names as its canonical address (`<link rel=canonical>`, og:url), else null. */
  readonly canonical: string | null;
}

export const DIAGNOSTIC_SEVERITIES = ['info', 'warning'] as const;
export type DiagnosticSeverity = (typeof DIAGNOSTIC_SEVERITIES)[number];

/** A note about the document, with the span it concerns (vfile's `message`). */
export interface Diagnostic extends Span {
  readonly severity: DiagnosticSeverity;
  /** Stable machine-readable identifier, e.g. `unbalanced-quote`. */
  readonly rule: string;
  readonly message: string;
}

export interface Article {
  /** The text every offset points into: for plain text, the file's text exactly as decoded. */
  readonly text: string;
  readonly blocks: readonly Block[];
  readonly meta: ArticleMeta;
  readonly diagnostics: readonly Diagnostic[];
}

// ---------------------------------------------------------------------------------------------------------
// analyze

export const ATTRIBUTION_TYPES = ['direct', 'mixed', 'indirect'] as const;
export type AttributionType = (typeof ATTRIBUTION_TYPES)[number];
export const isAttributionType = (value: unknown): value is AttributionType =>
  typeof value === 'string' && (ATTRIBUTION_TYPES as readonly string[]).includes(value);

export const ROLE_TIMES = ['current', 'former', 'then'] as const;
/**
 * When a role is held: `current` at publication (the default), `former` held before it ("the former
 * Secretary General"), `then` held when the words were said and not necessarily now ("who was the US
 * president at the time").
 */
export type RoleTime = (typeof ROLE_TIMES)[number];

export interface Role extends Span {
  readonly text: string;
  readonly time: RoleTime;
  /** The date the role is known to be held at (`then` roles: the said-at of the statement), or null. */
  readonly at: string | null;
}

export interface Person {
  readonly id: string;
  /** The fullest form of the name found in the text. */
  readonly name: string;
  /** Other ways the text refers to the person (surname alone, descriptions), without duplicates. */
  readonly aliases: readonly string[];
  readonly roles: readonly Role[];
  readonly mentions: readonly Span[];
}

export interface PersonRef {
  readonly id: string;
  readonly name: string;
}

export const DATE_PRECISIONS = ['year', 'month', 'day'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const SAID_AT_BASES = ['stated', 'carried'] as const;
/** `stated`: a time expression dates the words; `carried`: they point back to a dated occasion ("she added"). */
export type SaidAtBasis = (typeof SAID_AT_BASES)[number];

/** When the words were said, with the evidence: the span is the time expression the date comes from. */
export interface SaidAt extends Span {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly value: string;
  readonly precision: DatePrecision;
  readonly text: string;
  readonly basis: SaidAtBasis;
}

export const DATINGS = ['text', 'publication', 'unknown'] as const;
/**
 * How an attribution is dated: by the text (`saidAt` is set), only by the article's publication date
 * (`saidAt` null, `meta.published` known), or not at all.
 */
export type Dating = (typeof DATINGS)[number];

export const POLARITIES = ['affirmed', 'negated', 'denied'] as const;
/**
 * `affirmed`: the source asserts the content; `negated`: the report says the source did not say it ("did
 * not say that"); `denied`: the source denies it ("denied saying", "denied that"). Neither of the last two is
 * ever the source asserting the content.
 */
export type Polarity = (typeof POLARITIES)[number];

export const MEDIA = [
  'memoir',
  'book',
  'interview',
  'statement',
  'post',
  'press conference',
  'speech',
  'letter',
  'briefing',
  'broadcast',
  'hearing',
  'debate',
  'report',
] as const;
/** The medium the words were said in, when the text states it ("in his memoirs", "told a press conference"). */
export type MediumKind = (typeof MEDIA)[number];

export interface Medium extends TextSpan {
  readonly kind: MediumKind;
}

export interface Attribution {
  readonly id: string;
  readonly type: AttributionType;
  readonly source: TextSpan | null;
  readonly cue: TextSpan | null;
  /** One or more fragments, in text order. */
  readonly content: readonly TextSpan[];
  readonly speaker: PersonRef | null;
  readonly saidAt: SaidAt | null;
  readonly dating: Dating;
  readonly polarity: Polarity;
  readonly medium: Medium | null;
  /** Id of the attribution within which this one is reported. */
  readonly via: string | null;
  readonly confidence: number;
  /**
   * The language of the quoted words when it is not the article's (an English report quoting Ukrainian
   * words as said); absent otherwise.
   */
  readonly language?: string;
}

export interface Analysis {
  readonly sentences: readonly Span[];
  readonly people: readonly Person[];
  readonly attributions: readonly Attribution[];
  readonly diagnostics: readonly Diagnostic[];
}

// ---------------------------------------------------------------------------------------------------------
// the extraction contract (DESIGN.md): what `onrecord extract` prints and independent evaluation reads

export const CONTRACT_VERSION = '1';

export interface Extraction {
  readonly version: typeof CONTRACT_VERSION;
  readonly file: string | null;
  readonly url: string | null;
  readonly meta: ArticleMeta;
  readonly blocks: readonly Block[];
  readonly people: readonly Person[];
  readonly attributions: readonly Attribution[];
  readonly diagnostics: readonly Diagnostic[];
}
