// The pipeline version carries a checksum of the tables the pipeline loads.
import { describe, expect, it } from 'vitest';
import { PACKAGE_VERSION } from '../src/paths.js';
import { pipelineVersion, tableFiles } from '../src/version.js';

describe('pipeline version', () => {
  it('is the package version and 12 hex of the tables it loads', () => {
    expect(tableFiles()).toEqual(expect.arrayContaining(['dictionaries/restore/tables/lm.bin', 'dictionaries/restore/tables/vocab.json', 'dictionaries/agencies/agencies.json']));
    expect(pipelineVersion()).toMatch(new RegExp(`^${PACKAGE_VERSION.replace(/\./g, '\\.')}\\+[0-9a-f]{12}$`));
  });
});
