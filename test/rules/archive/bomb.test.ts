import { describe, expect, it, vi } from 'vitest';
import { lint } from '../../../src/lint.js';
import { materializeCorpus } from '../../helpers/corpus.js';
import { archiveFindings, generated, ROOT, scratchDirectory } from '../../helpers/lint.js';

const SAMPLES = `${ROOT}samples/corvid-perf-samples.zip`;

describe('archive/bomb', () => {
  const directory = scratchDirectory();

  it.each([
    ['declared truthfully (1 GiB)', 'nested-bomb'],
    ['declared as 0 bytes', 'nested-bomb-undeclared'],
  ] as const)('stops a nested 1000:1 deflate bomb whose size is %s in under a second', async (_, defect) => {
    const bundle = await generated(directory, [defect]);
    const started = performance.now();
    const result = await lint([bundle]);
    const elapsed = performance.now() - started;
    const findings = result.results[0]!.findings;
    expect(findings.map(({ ruleId, severity, location, messageId }) => ({ ruleId, severity, path: location.path, messageId }))).toEqual([
      { ruleId: 'archive/bomb', severity: 'error', path: `${SAMPLES}!/datastore-zeros.img`, messageId: 'entryRatio' },
    ]);
    expect(findings[0]!.message).toMatch(/^datastore-zeros\.img inflates more than 200:1 \(it reached \d{3,4}:1\)/);
    expect(elapsed).toBeLessThan(1000);
  });

  it('stops an archive whose entries are each small but together inflate beyond the ratio', async () => {
    expect(await archiveFindings(await generated(directory, ['bomb-spread']))).toEqual([
      { ruleId: 'archive/bomb', severity: 'error', path: `${ROOT}support-logs.zip`, messageId: 'archiveRatio' },
    ]);
  });

  it('does not open archives nested deeper than maxDepth', async () => {
    const nested = `${ROOT}nested.zip!/level-1.zip!/level-2.zip!/level-3.zip`;
    expect(await archiveFindings(await generated(directory, ['deep-nesting']))).toEqual([
      { ruleId: 'archive/bomb', severity: 'error', path: `${nested}!/level-4.zip`, messageId: 'depth' },
    ]);
    expect(await archiveFindings(await generated(directory, ['deep-nesting']), { limits: { maxDepth: 8 } })).toEqual([]);
  });

  it('stops at the bundle-wide entry count and inflated total', async () => {
    const clean = await generated(directory);
    expect(await archiveFindings(clean, { limits: { maxEntries: 5 } })).toEqual([
      { ruleId: 'archive/bomb', severity: 'error', path: `${ROOT}CVD-corvid-nas-plugin-3.2.1-offline-bundle.zip`, messageId: 'entries' },
    ]);
    expect(await archiveFindings(clean, { limits: { maxTotalBytes: 1000 } })).toEqual([
      { ruleId: 'archive/bomb', severity: 'error', path: `${ROOT}CVD-corvid-nas-plugin-3.2.1-offline-bundle.zip`, messageId: 'totalBytes' },
    ]);
  });

  it('reads none of the entries of an overlapped-entry bomb, a generated one and zbsm.zip', async () => {
    expect(await archiveFindings(await generated(directory, ['overlap']))).toEqual([
      { ruleId: 'archive/bomb', severity: 'error', path: '', messageId: 'overlap' },
    ]);
    const corpus = await materializeCorpus(directory);
    const result = await lint([corpus.get('recext-zbsm.zip')!]);
    expect(result.results[0]!.findings.map((finding) => finding.message)).toEqual([
      '250 entries of recext-zbsm.zip share their data bytes (0 and 1 first), the construction of an overlapped-entry zip bomb, so none of them was read; rebuild the archive',
    ]);
  });

  it('stops the 10 GB single-entry bomb of the corpus on its ratio', async () => {
    const corpus = await materializeCorpus(directory);
    expect(await archiveFindings(corpus.get('recext-10GB.zip')!)).toEqual([
      { ruleId: 'archive/bomb', severity: 'error', path: '10GB', messageId: 'entryRatio' },
    ]);
  });

  it('says which work was not done when the time budget runs out', async () => {
    const bundle = await generated(directory, []);
    // Each look at the clock finds it 20 s later: the 60 s budget runs out a few looks in.
    let clock = Date.UTC(2026, 10, 25);
    const now = vi.spyOn(Date, 'now').mockImplementation(() => (clock += 20_000));
    try {
      const result = await lint([bundle], { limits: { maxSeconds: 60 }, now: new Date('2026-11-25T00:00:00Z') });
      const findings = result.results[0]!.findings;
      const bombs = findings.filter((finding) => finding.ruleId === 'archive/bomb');
      expect(bombs.map((finding) => finding.messageId)).toEqual(['time']);
      expect(bombs[0]!.message).toMatch(/^reading the bundle took longer than its 60 s budget \(it ran out in /);
      // Nothing left unread is reported missing; the documents say they were not parsed.
      expect(findings.filter((finding) => finding.ruleId.endsWith('/present') || finding.messageId === 'missing')).toEqual([]);
    } finally {
      now.mockRestore();
    }
  });
});
