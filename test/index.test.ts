import { describe, expect, it } from 'vitest';
import * as onrecord from '../src/index.js';

describe('the library entry', () => {
  it('exports exactly this public surface', () => {
    expect(Object.keys(onrecord).sort()).toEqual(
      [
        'ATTRIBUTION_TYPES',
        'BLOCK_KINDS',
        'CONTRACT_VERSION',
        'DATE_PRECISIONS',
        'DATINGS',
        'MEDIA',
        'POLARITIES',
        'ROLE_TIMES',
        'SAID_AT_BASES',
        'DIAGNOSTIC_SEVERITIES',
        'DOCUMENT_ORIGINS',
        'InputError',
        'OnrecordError',
        'StoreError',
        'UsageError',
        'analyze',
        'decodeText',
        'extract',
        'isAttributionType',
        'isBlockKind',
        'readDocumentFile',
        'readText',
      ].sort(),
    );
  });

  it('extracts from a string through the entry', () => {
    const extraction = onrecord.extract('Mayor Ines Calder said the bridge would reopen in May.');
    expect(extraction.version).toBe(onrecord.CONTRACT_VERSION);
    expect(extraction.attributions[0]?.speaker?.name).toBe('Ines Calder');
  });
});
