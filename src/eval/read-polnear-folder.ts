/**
 * Reads a PolNeAR split folder: `text/NAME.txt` and, per article, the lexicographically first
 * `attributions/NAME_XXXX.ann` (one annotator's file, used consistently; the suffix is `_` and four hex
 * digits). Articles are read in name order so that reports are stable.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../errors.js';
import { parseBratAnnotations } from './read-brat.js';
import type { GoldDocument, ReadProblem, ReadResult } from './types.js';

/** One annotator's file of an article: `NAME_XXXX.ann`, the suffix four hex digits. */
export const ANNOTATION_FILE = /^(.+)_[0-9a-f]{4}\.ann$/i;

export interface PolnearReadOptions {
  /**
   * Read every annotator's file of an article, as a document of its own (for training: a second reading of
   * the same text is more evidence of the conventions). Scoring keeps to the first, as EVAL.md says.
   */
  readonly everyAnnotator?: boolean;
}

export function readPolnearFolder(
  folder: string,
  options: PolnearReadOptions = {},
): ReadResult<GoldDocument[]> {
  const problems: ReadProblem[] = [];
  const textFolder = join(folder, 'text');
  const annotationFolder = join(folder, 'attributions');
  const texts = listFiles(textFolder).filter((name) => name.endsWith('.txt'));
  if (texts.length === 0) throw new InputError(folder, 'holds no articles (no text/*.txt)');

  const annotationsOf = new Map<string, string[]>();
  for (const name of listFiles(annotationFolder).filter((file) => file.endsWith('.ann'))) {
    const article = ANNOTATION_FILE.exec(name)?.[1];
    if (article === undefined) {
      problems.push({
        file: join(annotationFolder, name),
        line: null,
        message: 'not named NAME_XXXX.ann: ignored',
      });
      continue;
    }
    // listFiles sorts, so the first file seen for an article is the lexicographically first.
    const files = annotationsOf.get(article);
    if (files === undefined) annotationsOf.set(article, [name]);
    else if (options.everyAnnotator) files.push(name);
  }

  const documents: GoldDocument[] = [];
  for (const name of texts) {
    const article = name.slice(0, -'.txt'.length);
    const annotations = annotationsOf.get(article);
    annotationsOf.delete(article);
    if (annotations === undefined) {
      problems.push({
        file: join(textFolder, name),
        line: null,
        message: 'no attributions/*.ann for it: not scored',
      });
      continue;
    }
    const text = readFileSync(join(textFolder, name), 'utf8');
    for (const annotation of annotations) {
      const path = join(annotationFolder, annotation);
      const read = parseBratAnnotations(readFileSync(path, 'utf8'), text, path);
      problems.push(...read.problems);
      documents.push({ name, text, relations: read.value });
    }
  }
  for (const annotation of [...annotationsOf.values()].flat())
    problems.push({
      file: join(annotationFolder, annotation),
      line: null,
      message: 'no text/*.txt for it: not scored',
    });
  return { value: documents, problems };
}

function listFiles(folder: string): string[] {
  try {
    return readdirSync(folder).sort();
  } catch (error) {
    throw new InputError(folder, 'cannot be listed', { cause: error });
  }
}
