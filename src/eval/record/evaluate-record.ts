import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../extract.js';
import { openSqliteStore } from '../../store/index.js';
import { readRecordGold, type RecordGold } from './read-record-gold.js';
import {
  locateContent,
  matchArticle,
  scoreRecord,
  type RecordPair,
  type RecordScores,
} from './score-record.js';

export interface RecordEvaluation {
  readonly gold: RecordGold;
  readonly scores: RecordScores;
  readonly pairs: readonly RecordPair[];
  /** Gold contents that are not substrings of their article: the gold is wrong there. */
  readonly problems: readonly { readonly file: string; readonly message: string }[];
}

/**
 * Scores the record end to end: every article of the gold folder is extracted and stored, in gold order,
 * in a fresh in-memory store (people and statements are linked as `onrecord ingest` links them), then the
 * stored attributions are matched to the gold and scored (score-record.ts).
 */
export async function evaluateRecord(folder: string): Promise<RecordEvaluation> {
  const gold = readRecordGold(folder);
  const store = openSqliteStore(':memory:');
  const problems: { file: string; message: string }[] = [];
  try {
    const texts = new Map<string, string>();
    for (const article of gold.articles) {
      const text = readFileSync(join(folder, article.file), 'utf8');
      texts.set(article.file, text);
      const outcome = await store.ingest({ text, extraction: extract(text, { file: article.file }) });
      if (outcome.status === 'failed') problems.push({ file: article.file, message: outcome.error.message });
    }
    const stored = await store.listAttributions();
    const pairs: RecordPair[] = [];
    for (const article of gold.articles) {
      const text = texts.get(article.file)!;
      const located = article.attributions.flatMap((attribution) => {
        const span = locateContent(text, attribution);
        if (span) return [{ gold: attribution, span }];
        problems.push({
          file: article.file,
          message: `gold content not found: ${attribution.content.slice(0, 60)}`,
        });
        return [];
      });
      const own = stored.filter((entry) => entry.article.file === article.file);
      const matched = matchArticle(located, own);
      located.forEach(({ gold: attribution, span }, index) =>
        pairs.push({ file: article.file, gold: attribution, span, stored: matched[index] ?? null }),
      );
    }
    return { gold, scores: scoreRecord(gold, pairs), pairs, problems };
  } finally {
    await store.close();
  }
}
