// The JSON Schema of the extraction contract (schema/extraction.schema.json) against the real pipeline and
// against src/types.ts, so that the schema, the types and the output cannot drift apart.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// ajv is CommonJS. Under `module: nodenext` a default import is its `module.exports`, typed as the whole
// module, so the class is `.default`; at run time `module.exports` is the class itself and ajv sets
// `module.exports.default` to it as well, so `.default` is the class under every interop.
import Ajv2020Module from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { ATTRIBUTION_TYPES, BLOCK_KINDS, CONTRACT_VERSION, DIAGNOSTIC_SEVERITIES } from '../src/types.js';

const Ajv2020 = Ajv2020Module.default;

const schemaPath = fileURLToPath(new URL('../schema/extraction.schema.json', import.meta.url));
const samplesDir = fileURLToPath(new URL('../samples/', import.meta.url));

interface SchemaNode {
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly $defs?: Readonly<Record<string, SchemaNode>>;
}

const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as SchemaNode;
const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(schema);

const sampleFiles = readdirSync(samplesDir)
  .filter((name) => name.endsWith('.txt'))
  .sort();

/** A value that satisfies the schema, built by hand so that rejection tests change exactly one thing. */
function validExtraction(): Record<string, unknown> {
  const text = 'Holm said "no".';
  return {
    version: '1',
    file: 'x.txt',
    url: null,
    meta: {
      title: null,
      subtitle: null,
      published: '2024-03-12',
      modified: null,
      outlet: null,
      language: 'en',
      authors: [],
      takeaways: [],
      url: null,
      canonical: null,
    },
    blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
    people: [
      {
        id: 'p1',
        name: 'Holm',
        aliases: [],
        roles: [],
        mentions: [{ start: 0, end: 4 }],
      },
    ],
    attributions: [
      {
        id: 'a1',
        type: 'direct',
        source: { start: 0, end: 4, text: 'Holm' },
        cue: { start: 5, end: 9, text: 'said' },
        content: [{ start: 10, end: 14, text: '"no"' }],
        speaker: { id: 'p1', name: 'Holm' },
        saidAt: { value: '2024-03', precision: 'month', text: 'March', start: 0, end: 0, basis: 'stated' },
        dating: 'text',
        polarity: 'affirmed',
        medium: { kind: 'interview', text: 'interview', start: 0, end: 0 },
        via: null,
        confidence: 0.9,
      },
    ],
    diagnostics: [{ severity: 'info', rule: 'example', message: 'an example', start: 0, end: 0 }],
  };
}

function defOf(name: string): SchemaNode {
  const node = schema.$defs?.[name];
  if (node === undefined) throw new Error(`schema has no $defs.${name}`);
  return node;
}

describe('schema/extraction.schema.json', () => {
  it('agrees with src/types.ts on every enumeration and on the version', () => {
    expect(defOf('block').properties?.kind?.enum).toEqual([...BLOCK_KINDS]);
    expect(defOf('attribution').properties?.type?.enum).toEqual([...ATTRIBUTION_TYPES]);
    expect(defOf('diagnostic').properties?.severity?.enum).toEqual([...DIAGNOSTIC_SEVERITIES]);
    expect(schema.properties?.version?.const).toBe(CONTRACT_VERSION);
  });

  it('accepts a hand-built valid extraction', () => {
    expect(validate(validExtraction()), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('accepts fields added later (additional properties)', () => {
    const value = { ...validExtraction(), sentences: [], extra: { anything: true } };
    expect(validate(value), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('rejects an extraction without attributions', () => {
    const value = validExtraction();
    delete value.attributions;
    expect(validate(value)).toBe(false);
    expect(
      validate.errors?.some((e) => e.keyword === 'required' && e.params.missingProperty === 'attributions'),
    ).toBe(true);
  });

  it('rejects a confidence above 1', () => {
    const value = validExtraction();
    const [attribution] = value.attributions as Record<string, unknown>[];
    attribution!.confidence = 2;
    expect(validate(value)).toBe(false);
    expect(validate.errors?.some((e) => e.keyword === 'maximum')).toBe(true);
  });

  it('rejects an attribution without content, an unknown type and a malformed saidAt', () => {
    for (const change of [
      { content: [] },
      { type: 'paraphrase' },
      {
        saidAt: {
          value: 'February 2022',
          precision: 'month',
          text: 'February 2022',
          start: 0,
          end: 13,
          basis: 'stated',
        },
      },
      { polarity: 'maybe' },
      { medium: { kind: 'rumour', text: 'rumour', start: 0, end: 6 } },
    ]) {
      const value = validExtraction();
      const [attribution] = value.attributions as Record<string, unknown>[];
      Object.assign(attribution!, change);
      expect(validate(value), JSON.stringify(change)).toBe(false);
    }
  });

  it('finds samples to validate', () => {
    expect(sampleFiles.length).toBeGreaterThanOrEqual(7);
  });

  it.each(sampleFiles)('validates the extraction of samples/%s', (name) => {
    const text = readFileSync(`${samplesDir}${name}`, 'utf8');
    const extraction = extract(text, { file: `samples/${name}` });
    // Through JSON, as `onrecord extract` prints it.
    const line: unknown = JSON.parse(JSON.stringify(extraction));
    expect(validate(line), ajv.errorsText(validate.errors)).toBe(true);
  });
});
