import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint.js';
import { materializeCorpus } from '../../helpers/corpus.js';
import { archiveFindings, DOCS, generated, scratchDirectory } from '../../helpers/lint.js';

describe('archive/integrity', () => {
  const directory = scratchDirectory();

  it('reports a flipped CRC-32 with both values', async () => {
    const result = await lint([await generated(directory, ['crc-flip'])]);
    const [finding] = result.results[0]!.findings;
    expect(result.results[0]!.findings).toHaveLength(1);
    expect(finding).toMatchObject({ ruleId: 'archive/integrity', severity: 'error', messageId: 'crc', location: { path: `${DOCS}!/EULA.txt` } });
    expect(finding!.message).toMatch(/^EULA\.txt is corrupt: its data has CRC-32 ([0-9a-f]{8}) but its header says ([0-9a-f]{8});/);
  });

  it('reports headers that declare more bytes than the data holds', async () => {
    expect(await archiveFindings(await generated(directory, ['lying-size']))).toEqual([
      { ruleId: 'archive/integrity', severity: 'error', path: `${DOCS}!/Corvid_Support_Process.txt`, messageId: 'short' },
    ]);
  });

  it('reports too few, too many, and inconsistent stored sizes, and corrupt deflate data', async () => {
    const corpus = await materializeCorpus(directory);
    expect(await archiveFindings(corpus.get('yauzl-wrong-entry-sizes-wrong-entry-sizes.zip')!)).toEqual([
      { ruleId: 'archive/integrity', severity: 'error', path: 'a.txt', messageId: 'short' },
      { ruleId: 'archive/integrity', severity: 'error', path: 'b.txt', messageId: 'long' },
      { ruleId: 'archive/integrity', severity: 'error', path: 'c/', messageId: 'stored' },
    ]);
    const corrupt = await lint([corpus.get('yauzl-failure-invalid_code_lengths_set.zip')!]);
    expect(corrupt.results[0]!.findings.map((finding) => finding.message)).toEqual([
      'index.js is corrupt: its compressed data cannot be inflated (invalid code lengths set); rebuild the archive from the original files',
    ]);
  });
});
