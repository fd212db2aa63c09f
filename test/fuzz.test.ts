import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { materializeCorpus } from './helpers/corpus.js';
import { scratchDirectory } from './helpers/lint.js';
import { mutate, seeded } from './fuzz/mutate.js';
import { failureOf, fuzz } from './fuzz/run.js';
import { corpusSeeds, fixtureSeeds } from './fuzz/seeds.js';

describe('fuzzing (quick run; npm run fuzz runs thousands)', () => {
  const directory = scratchDirectory();

  it('lints 150 seeded mutants of realistic bundles and corpus archives without a crash, hang, leak or stray write', async () => {
    const corpus = join(directory, 'corpus');
    const mutants = join(directory, 'mutants');
    mkdirSync(corpus);
    mkdirSync(mutants);
    const groups = [fixtureSeeds(), await corpusSeeds(await materializeCorpus(corpus))];
    const { run, failures } = await fuzz(groups, { seed: 20261125, count: 150, workers: 2, timeoutMs: 20_000, heapMb: 512, rssMb: 1024, directory: mutants });
    expect(run).toBe(150);
    expect(failures.map(({ mutant, seed, description, reason }) => ({ mutant, seed, description, reason }))).toEqual([]);
  }, 120_000);

  it('mutates the same way for the same seed', () => {
    const input = Buffer.from('PK\x03\x04'.padEnd(200, 'x'), 'latin1');
    const first = mutate(input, seeded(7));
    const second = mutate(input, seeded(7));
    expect(second).toEqual(first);
    expect(first.bytes.equals(input)).toBe(false);
  });

  const ended = (code: number | null, stderr = '', stdout = '{"results":[]}') => ({ code, signal: null, stdout, stderr, tempLeft: [] });
  it.each([
    ['a hang', ended(null), /a hang/],
    ['a death by signal', { ...ended(null, 'Aborted'), signal: 'SIGABRT' as const }, /^the process died of SIGABRT: Aborted$/],
    ['an internal error', ended(2, 'bundlelint: internal error: boom\n'), /^exit code 2: bundlelint: internal error: boom$/],
    ['a temp dir left behind', { ...ended(1), tempLeft: ['bundlelint-x'] }, /left bundlelint-x in its temp dir/],
    ['a crashed rule', ended(1, '', JSON.stringify({ results: [{ findings: [{ ruleId: 'x/y', message: 'rule x/y crashed and checked nothing: boom; this is a bug in bundlelint' }] }] })), /^x\/y: rule x\/y crashed and checked nothing/],
  ] as const)('counts %s as a failure', (_, outcome, reason) => {
    expect(failureOf(outcome, 20_000)).toMatch(reason);
  });

  it('counts findings, however many, as a normal end', () => {
    const stdout = JSON.stringify({ results: [{ findings: [{ ruleId: 'archive/integrity', messageId: 'crc', message: 'a.txt does not match its CRC-32' }] }] });
    expect(failureOf(ended(1, '', stdout), 20_000)).toBeUndefined();
  });
});
