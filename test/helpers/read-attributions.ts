import { extract } from '../../src/extract.js';

/**
 * What a reader checks of each attribution extracted from `text` (under a headline of its own): source,
 * cue, speaker and the words (fragments joined by " | "), in that order.
 */
export function readAttributions(text: string): [string | null, string | null, string | null, string][] {
  return extract(`Headline for the test\n\n${text}`).attributions.map((attribution) => [
    attribution.source?.text ?? null,
    attribution.cue?.text ?? null,
    attribution.speaker?.name ?? null,
    attribution.content.map((fragment) => fragment.text).join(' | '),
  ]);
}
