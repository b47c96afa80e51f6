import { UsageError } from '../errors.js';
import { buildLineIndex } from '../read/line-index.js';
import type { Extraction } from '../types.js';
import { attributionDetails } from './format-record.js';

export const OUTPUT_FORMATS = ['jsonl', 'json', 'text'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export function parseFormat(value: string | undefined, isTerminal: boolean): OutputFormat {
  if (value === undefined) return isTerminal ? 'text' : 'jsonl';
  const format = OUTPUT_FORMATS.find((candidate) => candidate === value);
  if (!format)
    throw new UsageError(`unknown format ${JSON.stringify(value)}: use one of ${OUTPUT_FORMATS.join(', ')}`);
  return format;
}

export function formatExtraction(extraction: Extraction, text: string, format: OutputFormat): string {
  if (format === 'jsonl') return `${JSON.stringify(extraction)}\n`;
  if (format === 'json') return `${JSON.stringify(extraction, null, 2)}\n`;
  return formatText(extraction, text);
}

/** One readable entry per attribution: line, speaker, type, cue, then the words. */
function formatText(extraction: Extraction, text: string): string {
  const lines = buildLineIndex(text);
  const { meta } = extraction;
  const out: string[] = [];
  out.push(`# ${extraction.file ?? '-'}`);
  out.push(
    `  ${meta.title ?? '(no title)'} | ${meta.outlet ?? 'unknown outlet'} | ${meta.published ?? 'undated'} | ${meta.language ?? '?'}`,
  );
  for (const person of extraction.people) {
    const roles = person.roles.map((role) => role.text).join('; ');
    out.push(`  person ${person.id} ${person.name}${roles ? ` (${roles})` : ''}`);
  }
  for (const attribution of extraction.attributions) {
    const first = attribution.content[0];
    const line = first ? lines.lineOf(first.start) : 0;
    const speaker =
      attribution.speaker?.name ?? (attribution.source ? `"${attribution.source.text}"` : '(unknown)');
    const words = attribution.content.map((fragment) => fragment.text).join(' … ');
    const extras = attributionDetails(attribution, attribution.speaker?.name ?? null);
    out.push(
      `  ${attribution.id} line ${line}: ${speaker} [${attribution.type}] ${attribution.cue?.text ?? '-'}${
        extras.length ? ` (${extras.join(', ')})` : ''
      }`,
    );
    out.push(`      ${words}`);
  }
  if (extraction.attributions.length === 0) out.push('  (no attributions found)');
  return `${out.join('\n')}\n`;
}
