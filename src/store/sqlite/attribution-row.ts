/** The columns of the `attributions` table as better-sqlite3 reads and writes them (camel-cased aliases). */
export interface AttributionColumns {
  articleId: number;
  localId: string;
  type: string;
  sourceStart: number | null;
  sourceEnd: number | null;
  sourceText: string | null;
  cueStart: number | null;
  cueEnd: number | null;
  cueText: string | null;
  /** The content fragments, as JSON. */
  content: string;
  speakerLocalId: string | null;
  speakerName: string | null;
  personId: number | null;
  /** The said-at value, as JSON, or null. */
  saidAt: string | null;
  dating: string;
  polarity: string;
  /** The medium, as JSON, or null. */
  medium: string | null;
  via: string | null;
  confidence: number;
  statementId: number | null;
  /** How the report matched its statement (verbatim, truncated, edited, paraphrased, first). */
  statementMatch: string | null;
  /** 1 when the report changes the meaning of its statement's wording. */
  altered: number;
}
