import { describe, expect, it, vi } from 'vitest';
import rule from '../../../rules/archive/bomb.js';
import { lint } from '../../../src/lint.js';
import { corpusArchive } from '../../helpers/corpus.js';
import { DEPOT, generated, ROOT, scratchDirectory } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';

const SAMPLES = `${ROOT}samples/corvid-perf-samples.zip`;
const NESTED = `${ROOT}nested.zip!/level-1.zip!/level-2.zip!/level-3.zip`;
const ZEROS_RATIO = 'datastore-zeros.img inflates more than 200:1 (it reached 1003:1), the mark of a zip bomb, so reading it stopped; if the file is genuine, raise limits.maxRatio';
const NOW = new Date('2026-11-25T00:00:00Z');

/** Each look at the clock finds it 20 s later: a 60 s budget runs out a few looks in. */
function racingClock(): () => void {
  let clock = NOW.getTime();
  const now = vi.spyOn(Date, 'now').mockImplementation(() => (clock += 20_000));
  return () => now.mockRestore();
}

testRule(rule, {
  valid: [{ name: 'opens archives nested six deep when maxDepth allows it', defects: ['deep-nesting'], limits: { maxDepth: 8 }, others: { scope: 'archive/' } }],
  invalid: [
    {
      name: 'stops a nested 1000:1 deflate bomb whose size is declared truthfully (1 GiB), the only finding',
      defects: ['nested-bomb'],
      findings: [{ messageId: 'entryRatio', location: { path: `${SAMPLES}!/datastore-zeros.img` }, message: ZEROS_RATIO }],
      others: { scope: '' },
    },
    {
      name: 'stops a nested 1000:1 deflate bomb whose size is declared as 0 bytes, the only finding',
      defects: ['nested-bomb-undeclared'],
      findings: [{ messageId: 'entryRatio', location: { path: `${SAMPLES}!/datastore-zeros.img` }, message: ZEROS_RATIO }],
      others: { scope: '' },
    },
    {
      name: 'stops an archive whose entries are each small but together inflate beyond the ratio',
      defects: ['bomb-spread'],
      findings: [{ messageId: 'archiveRatio', location: { path: `${ROOT}support-logs.zip` } }],
      others: { scope: 'archive/' },
    },
    {
      name: 'does not open archives nested deeper than maxDepth',
      defects: ['deep-nesting'],
      findings: [{ messageId: 'depth', location: { path: `${NESTED}!/level-4.zip` } }],
      others: { scope: 'archive/' },
    },
    { name: 'stops at the bundle-wide entry count', limits: { maxEntries: 5 }, findings: [{ messageId: 'entries', location: { path: DEPOT } }], others: { scope: 'archive/' } },
    { name: 'stops at the bundle-wide inflated total', limits: { maxTotalBytes: 1000 }, findings: [{ messageId: 'totalBytes', location: { path: DEPOT } }], others: { scope: 'archive/' } },
    { name: 'reads none of the entries of a generated overlapped-entry bomb', defects: ['overlap'], findings: [{ messageId: 'overlap', location: { path: '' } }], others: { scope: 'archive/' } },
    {
      name: 'reads none of the entries of zbsm.zip, the only finding',
      bundle: (directory) => corpusArchive(directory, 'recext-zbsm.zip'),
      findings: [
        {
          messageId: 'overlap',
          location: { path: '' },
          message: '250 entries of recext-zbsm.zip share their data bytes (0 and 1 first), the construction of an overlapped-entry zip bomb, so none of them was read; rebuild the archive',
        },
      ],
      others: { scope: '' },
    },
    {
      name: 'stops the 10 GB single-entry bomb of the corpus on its ratio',
      bundle: (directory) => corpusArchive(directory, 'recext-10GB.zip'),
      findings: [{ messageId: 'entryRatio', location: { path: '10GB' } }],
      others: { scope: 'archive/' },
    },
    {
      name: 'says which work was not done when the time budget runs out',
      limits: { maxSeconds: 60 },
      setup: racingClock,
      findings: [
        {
          messageId: 'time',
          location: { path: '' },
          message:
            'reading the bundle took longer than its 60 s budget (it ran out in corvid-nas-plugin-3.2.1-4471.zip), so what follows was not read and its documents not parsed; if the bundle is genuinely that large, raise limits.maxSeconds',
        },
      ],
    },
  ],
});

describe('archive/bomb, beyond its findings', () => {
  const directory = scratchDirectory();

  it.each(['nested-bomb', 'nested-bomb-undeclared'] as const)('stops the %s in under a second', async (defect) => {
    const bundle = await generated(directory, [defect]);
    const started = performance.now();
    await lint([bundle]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('reports nothing missing that was left unread when the time budget ran out: the documents say they were not parsed', async () => {
    const bundle = await generated(directory);
    const undo = racingClock();
    try {
      const result = await lint([bundle], { limits: { maxSeconds: 60 }, now: NOW });
      expect(result.results[0]!.findings.filter((finding) => finding.ruleId.endsWith('/present') || finding.messageId === 'missing')).toEqual([]);
    } finally {
      undo();
    }
  });
});
