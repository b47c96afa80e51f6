// The sample articles in samples/ and what a careful reader takes from each (NNN_slug.expected.json): the
// expected files must point at real text, and every sample must go through the pipeline with every span
// it reports pointing at exactly the text it claims. What the analyzer finds is scored elsewhere.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { ATTRIBUTION_TYPES, type Span, type TextSpan } from '../src/types.js';

const samplesDir = fileURLToPath(new URL('../samples/', import.meta.url));
const seedDir = fileURLToPath(new URL('../../shared/seed/', import.meta.url));

const SEED = '000_e7d0147381a68862';
const MARKER = '[Illustrative sample written for onrecord; fictional people and events.]';

interface ExpectedAttribution {
  readonly source: string | null;
  readonly cue: string | null;
  readonly content: readonly string[];
  readonly speaker: string | null;
  readonly type: string;
  readonly source_in?: string;
  readonly cue_in?: string;
  readonly source_occurrence_after?: string;
  readonly saidAt?: string;
  readonly via_note?: string;
  readonly note?: string;
}

interface Expected {
  readonly meta: {
    readonly title: string | null;
    readonly subtitle: string | null;
    readonly published: string | null;
    readonly outlet: string | null;
    readonly language: string | null;
    readonly takeaways: readonly string[];
  };
  readonly people: readonly { name: string; aliases: readonly string[]; roles: readonly string[] }[];
  readonly attributions: {
    readonly required: readonly ExpectedAttribution[];
    readonly bonus: readonly ExpectedAttribution[];
  };
  readonly not_attributions: readonly { span: string; why: string }[];
}

const samples = readdirSync(samplesDir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => name.slice(0, -'.txt'.length));

const readText = (slug: string): string => readFileSync(`${samplesDir}${slug}.txt`, 'utf8');
const expectedPath = (slug: string): string => `${samplesDir}${slug}.expected.json`;
const readExpected = (slug: string): Expected =>
  JSON.parse(readFileSync(expectedPath(slug), 'utf8')) as Expected;

function occurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) count += 1;
  return count;
}

/** Every string in an expected file that claims to be a span of the text, with where it comes from. */
function expectedSpans(expected: Expected): [where: string, span: string][] {
  const spans: [string, string][] = [];
  const add = (where: string, span: string | null | undefined): void => {
    if (span !== null && span !== undefined) spans.push([where, span]);
  };
  add('meta.title', expected.meta.title);
  add('meta.subtitle', expected.meta.subtitle);
  add('meta.outlet', expected.meta.outlet);
  expected.meta.takeaways.forEach((t, i) => {
    add(`meta.takeaways[${i}]`, t);
  });
  for (const person of expected.people) {
    add(`people ${person.name}`, person.name);
    for (const alias of person.aliases) add(`alias of ${person.name}`, alias);
  }
  for (const group of ['required', 'bonus'] as const) {
    expected.attributions[group].forEach((a, i) => {
      const where = `attributions.${group}[${i}]`;
      add(`${where}.source`, a.source);
      add(`${where}.source_in`, a.source_in);
      add(`${where}.source_occurrence_after`, a.source_occurrence_after);
      add(`${where}.cue`, a.cue);
      add(`${where}.cue_in`, a.cue_in);
      a.content.forEach((c, j) => {
        add(`${where}.content[${j}]`, c);
      });
    });
  }
  expected.not_attributions.forEach((n, i) => {
    add(`not_attributions[${i}]`, n.span);
  });
  return spans;
}

function allAttributions(expected: Expected): [where: string, attribution: ExpectedAttribution][] {
  return (['required', 'bonus'] as const).flatMap((group) =>
    expected.attributions[group].map((a, i): [string, ExpectedAttribution] => [`${group}[${i}]`, a]),
  );
}

describe('samples/', () => {
  it('holds the seed and at least six illustrative samples', () => {
    expect(samples).toContain(SEED);
    expect(samples.filter((slug) => slug !== SEED).length).toBeGreaterThanOrEqual(6);
    for (const slug of samples) expect(slug).toMatch(/^\d{3}_[a-z0-9_]+$/);
  });

  it.skipIf(!existsSync(`${seedDir}${SEED}.txt`))('holds a byte-identical copy of the seed article', () => {
    expect(readFileSync(`${samplesDir}${SEED}.txt`).equals(readFileSync(`${seedDir}${SEED}.txt`))).toBe(true);
  });
});

describe.each(samples)('samples/%s', (slug) => {
  const text = readText(slug);

  it('has an expected file', () => {
    expect(existsSync(expectedPath(slug))).toBe(true);
  });

  it('has every span of its expected file as an exact substring of its text', () => {
    const expected = readExpected(slug);
    const missing = expectedSpans(expected).filter(([, span]) => !text.includes(span));
    expect(missing).toEqual([]);
  });

  it('has locators that contain what they locate, and speakers and types from the contract', () => {
    const expected = readExpected(slug);
    const names = new Set(expected.people.map((p) => p.name));
    for (const [where, a] of allAttributions(expected)) {
      if (a.source_in !== undefined) expect(a.source_in, where).toContain(a.source);
      if (a.cue_in !== undefined) expect(a.cue_in, where).toContain(a.cue);
      expect(ATTRIBUTION_TYPES, where).toContain(a.type);
      expect(a.content.length, where).toBeGreaterThan(0);
      if (a.speaker !== null) expect(names.has(a.speaker), `${where}: speaker ${a.speaker}`).toBe(true);
      if (a.saidAt !== undefined) expect(a.saidAt, where).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });

  it.skipIf(slug === SEED)('locates every required span unambiguously', () => {
    const expected = readExpected(slug);
    const ambiguous: string[] = [];
    expected.attributions.required.forEach((a, i) => {
      const where = `required[${i}]`;
      for (const [field, span, locator] of [
        ['source', a.source, a.source_in],
        ['cue', a.cue, a.cue_in],
      ] as const) {
        if (span === null) continue;
        const at = locator ?? span;
        const n = occurrences(text, at);
        if (n !== 1) ambiguous.push(`${where}.${field} ${JSON.stringify(at)} occurs ${n} times`);
        if (locator !== undefined && occurrences(locator, span) !== 1) {
          ambiguous.push(`${where}.${field} ${JSON.stringify(span)} is not once in its locator`);
        }
      }
      for (const c of a.content) {
        const n = occurrences(text, c);
        if (n !== 1) ambiguous.push(`${where}.content ${JSON.stringify(c)} occurs ${n} times`);
      }
    });
    expect(ambiguous).toEqual([]);
  });

  it.skipIf(slug === SEED)('is marked illustrative, as its own paragraph in the header region', () => {
    const at = text.indexOf(MARKER);
    expect(at).toBeGreaterThan(0);
    expect(text.slice(at - 2, at)).toBe('\n\n');
    expect(text.slice(at + MARKER.length, at + MARKER.length + 2)).toBe('\n\n');
    // The header region: a dated header with title, subtitle and source line, or a headline and dateline.
    expect(text.slice(0, at).split('\n').length).toBeLessThanOrEqual(8);
  });

  it('goes through extract with every span pointing at the text it claims', () => {
    const extraction = extract(text, { file: `samples/${slug}.txt` });
    expect(extraction.file).toBe(`samples/${slug}.txt`);

    const problems: string[] = [];
    const checkSpan = (where: string, span: Span): void => {
      const ok =
        Number.isInteger(span.start) &&
        Number.isInteger(span.end) &&
        span.start >= 0 &&
        span.start <= span.end &&
        span.end <= text.length;
      if (!ok) problems.push(`${where}: [${span.start}, ${span.end}) is outside the text`);
    };
    const checkTextSpan = (where: string, span: TextSpan): void => {
      checkSpan(where, span);
      const actual = text.slice(span.start, span.end);
      if (actual !== span.text)
        problems.push(`${where}: ${JSON.stringify(span.text)} but text has ${JSON.stringify(actual)}`);
    };

    let previousEnd = 0;
    extraction.blocks.forEach((block, i) => {
      checkSpan(`blocks[${i}] ${block.kind}`, block);
      if (block.start < previousEnd) problems.push(`blocks[${i}] overlaps or precedes the block before it`);
      previousEnd = block.end;
    });
    const personIds = new Set(extraction.people.map((p) => p.id));
    extraction.people.forEach((person, i) => {
      person.roles.forEach((role, j) => {
        checkTextSpan(`people[${i}].roles[${j}]`, role);
      });
      person.mentions.forEach((mention, j) => {
        checkSpan(`people[${i}].mentions[${j}]`, mention);
      });
    });
    const attributionIds = new Set(extraction.attributions.map((a) => a.id));
    extraction.attributions.forEach((a, i) => {
      const where = `attributions[${i}] ${a.id}`;
      if (a.source !== null) checkTextSpan(`${where}.source`, a.source);
      if (a.cue !== null) checkTextSpan(`${where}.cue`, a.cue);
      a.content.forEach((c, j) => {
        checkTextSpan(`${where}.content[${j}]`, c);
      });
      if (a.saidAt !== null) checkTextSpan(`${where}.saidAt`, a.saidAt);
      if (a.speaker !== null && !personIds.has(a.speaker.id))
        problems.push(`${where}: unknown speaker ${a.speaker.id}`);
      if (a.via !== null && !attributionIds.has(a.via)) problems.push(`${where}: unknown via ${a.via}`);
    });
    extraction.diagnostics.forEach((d, i) => {
      checkSpan(`diagnostics[${i}] ${d.rule}`, d);
    });
    expect(problems).toEqual([]);
  });
});
