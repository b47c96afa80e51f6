import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../extract.js';
import { openSqliteStore } from '../../store/index.js';
import type { Attribution } from '../../types.js';
import { relationOfAttribution } from '../read-predictions.js';
import type { RecordGoldAttribution } from '../record/read-record-gold.js';
import { matchArticle, scoreRecord, type RecordPair, type RecordScores } from '../record/score-record.js';
import { scoreDocument, type ScoredDocument } from '../score-document.js';
import { summarizeScores, type EvalScores } from '../summarize-scores.js';
import type { EvalRelation } from '../types.js';
import { goldRelation } from './locate-gold-spans.js';
import { readMultilingualGold, type MultilingualGoldArticle } from './read-multilingual-gold.js';

export interface LanguageEvaluation {
  readonly language: string;
  readonly articles: number;
  /** EVAL.md's span metrics, for all relations and for quotations. */
  readonly spans: EvalScores;
  /** The record's figures over the language's articles (speaker accuracy end to end, said-at...). */
  readonly record: RecordScores;
  /**
   * Quotations in another language than the article's: gold ones given the right language, and quotations
   * given one where the gold has none (false alarms).
   */
  readonly quoteLanguage: { readonly correct: number; readonly total: number; readonly falseAlarms: number };
  /** Speaker accuracy end to end over the gold quotations (direct and mixed) alone. */
  readonly quoteSpeaker: { readonly correct: number; readonly total: number; readonly accuracy: number };
}

export interface MultilingualEvaluation {
  readonly folder: string;
  readonly languages: readonly LanguageEvaluation[];
  /** Person merges and statement clusters over every article of every language: linking across scripts. */
  readonly record: RecordScores;
  readonly problems: readonly { readonly file: string; readonly message: string }[];
}

/**
 * Scores the multilingual corpus: each article is extracted once; its attributions are scored against the
 * gold spans (EVAL.md, per language), and every article of every language is stored, oldest first, in one
 * in-memory store, so that the record's figures (speakers, people linked across scripts, statements
 * across languages) are measured as `onrecord ingest` would make them.
 */
export async function evaluateMultilingual(folder: string): Promise<MultilingualEvaluation> {
  const gold = readMultilingualGold(folder);
  const problems: { file: string; message: string }[] = [];
  const articles = [...gold.languages.values()]
    .flat()
    .sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.file.localeCompare(b.file));
  const scored = new Map<string, ScoredDocument>();
  const languageCounts = new Map<string, { correct: number; total: number; falseAlarms: number }>();
  const texts = new Map<string, string>();
  const store = openSqliteStore(':memory:');
  try {
    for (const article of articles) {
      const text = readFileSync(join(folder, article.file), 'utf8');
      texts.set(article.file, text);
      const extraction = extract(text, { file: article.file });
      languageCounts.set(article.file, countQuotationLanguages(article, text, extraction.attributions));
      scored.set(
        article.file,
        scoreDocument(
          goldDocument(article, text, problems),
          extraction.attributions.map(relationOfAttribution),
        ),
      );
      const outcome = await store.ingest({ text, extraction });
      if (outcome.status === 'failed') problems.push({ file: article.file, message: outcome.error.message });
    }
    const stored = await store.listAttributions();
    const pairsOf = (article: MultilingualGoldArticle): (RecordPair & { quote: boolean })[] => {
      const text = texts.get(article.file)!;
      const located = article.attributions.flatMap((attribution, index) => {
        const relation = goldRelation(text, attribution, `g${index + 1}`);
        if (relation === null) return [];
        // The longest piece stands for a split quotation: the stored content must cover half of it.
        const span = [...relation.content].sort((a, b) => b.end - b.start - (a.end - a.start))[0]!;
        const record: RecordGoldAttribution = {
          content: text.slice(span.start, span.end),
          speaker: attribution.speaker,
          saidAt: attribution.saidAt,
          statement: attribution.statement,
        };
        return [{ gold: record, span, quote: attribution.type !== 'indirect' }];
      });
      const matched = matchArticle(
        located,
        stored.filter((entry) => entry.article.file === article.file),
      );
      return located.map(({ gold: record, span, quote }, index) => ({
        file: article.file,
        gold: record,
        span,
        stored: matched[index] ?? null,
        quote,
      }));
    };
    const recordGold = { folder, articles: [], people: gold.people };
    const allPairs: RecordPair[] = [];
    const languages = [...gold.languages].map(([language, own]): LanguageEvaluation => {
      const pairs = own.flatMap(pairsOf);
      allPairs.push(...pairs);
      const quoteRecord = scoreRecord(
        recordGold,
        pairs.filter((pair) => pair.quote),
      );
      return {
        language,
        articles: own.length,
        spans: summarizeScores(own.map((article) => scored.get(article.file)!)),
        record: scoreRecord(recordGold, pairs),
        quoteSpeaker: quoteRecord.speaker,
        quoteLanguage: own.reduce(
          (sum, article) => {
            const counts = languageCounts.get(article.file)!;
            return {
              correct: sum.correct + counts.correct,
              total: sum.total + counts.total,
              falseAlarms: sum.falseAlarms + counts.falseAlarms,
            };
          },
          { correct: 0, total: 0, falseAlarms: 0 },
        ),
      };
    });
    return { folder, languages, record: scoreRecord(recordGold, allPairs), problems };
  } finally {
    await store.close();
  }
}

/** How the extraction gave languages to the article's quotations (each matched by overlapping content). */
function countQuotationLanguages(
  article: MultilingualGoldArticle,
  text: string,
  attributions: readonly Attribution[],
): { correct: number; total: number; falseAlarms: number } {
  let correct = 0;
  let total = 0;
  let falseAlarms = 0;
  article.attributions.forEach((gold, index) => {
    if (gold.type === 'indirect') return;
    const relation = goldRelation(text, gold, `g${index + 1}`);
    if (relation === null) return;
    const found = attributions.find((attribution) =>
      attribution.content.some((fragment) =>
        relation.content.some((span) => fragment.start < span.end && span.start < fragment.end),
      ),
    );
    if (gold.language !== undefined) {
      total += 1;
      if (found?.language === gold.language) correct += 1;
    } else if (found?.language !== undefined) falseAlarms += 1;
  });
  return { correct, total, falseAlarms };
}

/** The article's gold as EVAL.md relations; a content not found in the text is reported and left out. */
function goldDocument(
  article: MultilingualGoldArticle,
  text: string,
  problems: { file: string; message: string }[],
) {
  const relations: EvalRelation[] = [];
  article.attributions.forEach((attribution, index) => {
    const relation = goldRelation(text, attribution, `g${index + 1}`);
    if (relation === null)
      problems.push({
        file: article.file,
        message: `gold content not found: ${String(attribution.content).slice(0, 60)}`,
      });
    else relations.push(relation);
  });
  return { name: article.file, text, relations };
}
