/**
 * Reads gold in onrecord's own JSONL form: one article per line,
 * `{"file"?: NAME, "text": TEXT, "attributions": [{source, cue, content, type?}, ...]}`, spans as in the
 * extraction contract (UTF-16 `{start, end}`, source and cue may be null). Other fields are ignored, so an
 * `onrecord extract` line with `text` added is valid gold. A line that cannot be read is reported and
 * skipped; a relation without content is dropped, as in PolNeAR.
 */
import { readJsonLines } from './read-json-lines.js';
import { isRecord, readJsonRelation } from './read-json-relation.js';
import type { EvalRelation, GoldDocument, ReadProblem, ReadResult } from './types.js';

export function parseGoldJsonl(content: string, file: string): ReadResult<GoldDocument[]> {
  const problems: ReadProblem[] = [];
  const documents: GoldDocument[] = [];
  const names = new Set<string>();
  for (const { number, value, report } of readJsonLines(content, file, problems)) {
    if (!isRecord(value) || typeof value.text !== 'string' || !Array.isArray(value.attributions)) {
      report('expected an object with "text" (a string) and "attributions" (an array)');
      continue;
    }
    const name = typeof value.file === 'string' && value.file !== '' ? value.file : `line ${number}`;
    if (names.has(name)) report(`a second article named ${JSON.stringify(name)}: predictions find the first`);
    names.add(name);
    const text = value.text;
    const relations: EvalRelation[] = [];
    for (const [position, attribution] of (value.attributions as unknown[]).entries()) {
      const read = readJsonRelation(attribution, text, `attributions[${position}]`);
      for (const message of read.problems) report(message);
      if (read.relation && read.relation.content.length > 0) relations.push(read.relation);
    }
    documents.push({ name, text, relations });
  }
  return { value: documents, problems };
}
