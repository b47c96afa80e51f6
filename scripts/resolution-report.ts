/**
 * npm run resolution-report: how often onrecord resolves a pronoun or description source to a named person,
 * on PolNeAR dev (issue 4). For every gold relation whose source is a pronoun ("he", "she", "they") or a
 * description ("the senator", "a spokeswoman for the campaign"), finds the extracted attribution with the
 * same source span (else one whose content covers half of the gold content) and reports the share whose
 * speaker is a named person. Then prints a fixed sample (every k-th case) with its sentence, for checking
 * by hand: the accuracy of that sample is recorded in docs/record.md.
 *
 *   npm run build && npm run resolution-report                 (sample of 40)
 *   npm run resolution-report -- --sample 60 --split ../shared/polnear/dev
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readPolnearFolder } from '../dist/eval/read-polnear-folder.js';
import { extract } from '../dist/extract.js';
import { readText } from '../dist/read/index.js';
import type { Attribution } from '../dist/types.js';

const { values } = parseArgs({
  options: {
    split: { type: 'string', default: fileURLToPath(new URL('../../shared/polnear/dev', import.meta.url)) },
    sample: { type: 'string', default: '40' },
  },
});

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'him', 'her', 'them', 'his', 'their', 'it']);
const DESCRIPTION_OPENERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'their',
  'its',
  'one',
  'another',
]);

type Kind = 'pronoun' | 'description';
/** A pronoun alone, or a noun phrase opened by a determiner with no capitalized word after its first. */
function kindOf(source: string): Kind | null {
  const words = source.trim().split(/\s+/u);
  if (words.length === 1 && PRONOUNS.has(words[0]!.toLowerCase())) return 'pronoun';
  if (!DESCRIPTION_OPENERS.has(words[0]!.toLowerCase())) return null;
  return words.slice(1).some((word) => /^\p{Lu}/u.test(word)) ? null : 'description';
}

interface Case {
  readonly file: string;
  readonly kind: Kind;
  readonly source: string;
  readonly sentence: string;
  readonly speaker: string | null;
  readonly found: boolean;
}

const cases: Case[] = [];
for (const gold of readPolnearFolder(values.split).value) {
  const extraction = extract(readText(gold.text, { name: gold.name }), { file: gold.name });
  for (const relation of gold.relations) {
    if (!relation.source) continue;
    const source = gold.text.slice(relation.source.start, relation.source.end);
    const kind = kindOf(source);
    if (!kind) continue;
    const covers = (attribution: Attribution): boolean => {
      const total = relation.content.reduce((sum, span) => sum + span.end - span.start, 0);
      let covered = 0;
      for (const span of relation.content)
        for (const fragment of attribution.content)
          covered += Math.max(0, Math.min(span.end, fragment.end) - Math.max(span.start, fragment.start));
      return total > 0 && covered / total >= 0.5;
    };
    const match =
      extraction.attributions.find(
        (attribution) =>
          attribution.source?.start === relation.source!.start &&
          attribution.source.end === relation.source!.end,
      ) ?? extraction.attributions.find(covers);
    // The paragraph before too: a pronoun's antecedent is often there.
    const lineStart =
      gold.text.lastIndexOf('\n', Math.max(0, gold.text.lastIndexOf('\n', relation.source.start) - 2)) + 1;
    const lineEnd = gold.text.indexOf('\n', relation.source.end);
    cases.push({
      file: gold.name,
      kind,
      source,
      sentence: gold.text
        .slice(lineStart, lineEnd === -1 ? undefined : lineEnd)
        .slice(-600)
        .replace(/\s+/gu, ' '),
      speaker: match?.speaker?.name ?? null,
      found: match !== undefined,
    });
  }
}

const share = (selected: readonly Case[]) =>
  `${selected.filter((item) => item.speaker !== null).length}/${selected.length} = ${(selected.filter((item) => item.speaker !== null).length / Math.max(1, selected.length)).toFixed(3)}`;
console.log(`${values.split}: gold relations with a pronoun or description source`);
for (const kind of ['pronoun', 'description'] as const) {
  const ofKind = cases.filter((item) => item.kind === kind);
  console.log(
    `  ${kind.padEnd(12)} resolved to a named person: ${share(ofKind)} (of those extracted: ${share(ofKind.filter((item) => item.found))})`,
  );
}
console.log(`  all          resolved to a named person: ${share(cases)}`);

const resolved = cases.filter((item) => item.speaker !== null);
const size = Math.min(Number(values.sample), resolved.length);
const step = resolved.length / size;
console.log(
  `\nSample for checking by hand: ${size} of the ${resolved.length} resolved cases (every ${step.toFixed(1)}th)`,
);
for (let index = 0; index < size; index += 1) {
  const item = resolved[Math.floor(index * step)]!;
  console.log(
    `\n[${index + 1}] ${item.file} (${item.kind}) "${item.source}" -> ${item.speaker}\n    ${item.sentence}`,
  );
}
