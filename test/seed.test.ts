import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../src/types.js';
import { runCli } from './helpers/capture-cli.js';
import { describeMiss, matches, normalizeContent, type ExpectedFile } from './helpers/expectations.js';

const seedPath = fileURLToPath(new URL('../../shared/seed/000_e7d0147381a68862.txt', import.meta.url));
const expected = JSON.parse(
  readFileSync(seedPath.replace(/\.txt$/u, '.expected.json'), 'utf8'),
) as ExpectedFile;
const text = readFileSync(seedPath, 'utf8');

async function extractSeed(): Promise<Extraction> {
  const result = await runCli(['extract', '--format', 'jsonl', seedPath]);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const lines = result.stdout.trim().split('\n');
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0]!) as Extraction;
}

describe('onrecord extract on the seed article', async () => {
  const extraction = await extractSeed();

  it('reads the meta a careful reader takes from it', () => {
    expect(extraction.version).toBe('1');
    expect(extraction.meta.title).toBe(expected.meta.title);
    expect(extraction.meta.published).toBe(expected.meta.published);
    expect(extraction.meta.outlet).toBe(expected.meta.outlet);
    expect(extraction.meta.language).toBe(expected.meta.language);
    expect(extraction.meta.takeaways).toEqual(expected.meta.takeaways);
  });

  it('finds the three people, Biden by his surname alone', () => {
    const names = extraction.people.map((person) => person.name);
    for (const person of expected.people) expect(names).toContain(person.name);
    const stoltenberg = extraction.people.find((person) => person.name === 'Jens Stoltenberg')!;
    expect(stoltenberg.aliases).toContain('Stoltenberg');
    expect(stoltenberg.roles.map((role) => role.text)).toContain('NATO External Secretary');
  });

  for (const [index, want] of expected.attributions.required.entries()) {
    it(`finds required attribution ${index + 1}: ${want.cue ?? ''} "${want.content[0]!.slice(0, 40)}…"`, () => {
      const found = extraction.attributions.some((attribution) => matches(text, attribution, want));
      expect(found, describeMiss(extraction, want)).toBe(true);
    });
  }

  it('reports no speech for the book title', () => {
    for (const not of expected.not_attributions) {
      const title = normalizeContent(not.span);
      const claimed = extraction.attributions.filter((attribution) =>
        attribution.content.some((fragment) => normalizeContent(fragment.text) === title),
      );
      expect(claimed).toEqual([]);
    }
  });

  it('reports the bonus attributions as found or not, without failing', () => {
    const report = expected.attributions.bonus.map((want) => {
      const found = extraction.attributions.some((attribution) => matches(text, attribution, want));
      return `${found ? 'found  ' : 'missing'} bonus: ${want.cue ?? '(no cue)'} "${want.content[0]!.slice(0, 50)}"`;
    });
    console.info(report.join('\n'));
    expect(report).toHaveLength(expected.attributions.bonus.length);
  });

  it('gives every span as an exact slice of the file', () => {
    for (const attribution of extraction.attributions)
      for (const span of [attribution.source, attribution.cue, ...attribution.content])
        if (span) expect(text.slice(span.start, span.end)).toBe(span.text);
  });
});
