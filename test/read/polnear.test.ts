import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/read/index.js';
import { brokenPromises } from './article-promises.js';

// PolNeAR is read where the project keeps it (DESIGN.md: ../shared/polnear), never copied into the repo.
const POLNEAR_TRAIN = resolve(import.meta.dirname, '../../../shared/polnear/train/text');
const SAMPLES = resolve(import.meta.dirname, '../../samples');

function textFiles(directory: string): string[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.txt'))
    .sort();
}

describe('readText keeps its promises on every sample', () => {
  it.each(textFiles(SAMPLES))('%s', (name) => {
    const input = readFileSync(resolve(SAMPLES, name), 'utf8');
    expect(brokenPromises(input, readText(input, { name }))).toEqual([]);
  });
});

// The corpus sits beside the project (../shared); without it this fails loudly rather than skipping.
describe('readText on the PolNeAR train texts', () => {
  const names = existsSync(POLNEAR_TRAIN) ? textFiles(POLNEAR_TRAIN) : [];

  it('finds the corpus beside the project', () => {
    expect(existsSync(POLNEAR_TRAIN), `PolNeAR train texts not found at ${POLNEAR_TRAIN}`).toBe(true);
  });

  it('finds all 840 texts', () => {
    expect(names).toHaveLength(840);
  });

  it('reads every text without throwing, blocks in bounds, ordered, non-overlapping, text unchanged', () => {
    const problems: string[] = [];
    for (const name of names) {
      const input = readFileSync(resolve(POLNEAR_TRAIN, name), 'utf8');
      for (const problem of brokenPromises(input, readText(input, { name })))
        problems.push(`${name}: ${problem}`);
    }
    expect(problems).toEqual([]);
  });

  it('finds a headline, a lead and the language in nearly every text', () => {
    let titled = 0;
    let led = 0;
    let english = 0;
    for (const name of names) {
      const article = readText(readFileSync(resolve(POLNEAR_TRAIN, name), 'utf8'));
      if (article.meta.title !== null) titled++;
      if (article.blocks.some((block) => block.kind === 'lead')) led++;
      if (article.meta.language === 'en') english++;
    }
    expect(titled).toBeGreaterThanOrEqual(830);
    expect(led).toBe(names.length);
    expect(english).toBeGreaterThanOrEqual(830);
  });
});
