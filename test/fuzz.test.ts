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

  it('lints 300 seeded mutants of realistic bundles and corpus archives without a crash, hang, leak or stray write', async () => {
    const corpus = join(directory, 'corpus');
    const mutants = join(directory, 'mutants');
    mkdirSync(corpus);
    mkdirSync(mutants);
    const groups = [fixtureSeeds(), await corpusSeeds(await materializeCorpus(corpus))];
    const { run, failures } = await fuzz(groups, { seed: 20261125, count: 300, workers: 2, timeoutMs: 20_000, heapMb: 512, rssMb: 2048, parseMemoryMb: 256, directory: mutants });
    expect(run).toBe(300);
    expect(failures.map(({ mutant, seed, description, reason }) => ({ mutant, seed, description, reason }))).toEqual([]);
  }, 120_000);

  it('mutates the same way for the same seed', () => {
    const input = Buffer.from('PK\x03\x04'.padEnd(200, 'x'), 'latin1');
    const first = mutate(input, seeded(7));
    const second = mutate(input, seeded(7));
    expect(second).toEqual(first);
    expect(first.bytes.equals(input)).toBe(false);
  });

  it.each([
    ['a hang', 'no answer within 20000 ms (a hang)', /a hang/],
    ['an internal error', { id: 1, code: 2, stdout: '', stderr: 'bundlelint: internal error: boom\n', tempLeft: undefined }, /^exit code 2: bundlelint: internal error: boom$/],
    ['a temp dir left behind', { id: 1, code: 1, stdout: '{"results":[]}', stderr: '', tempLeft: '/tmp/bundlelint-x' }, /temp dir \/tmp\/bundlelint-x/],
    ['a crashed rule', { id: 1, code: 1, stdout: JSON.stringify({ results: [{ findings: [{ ruleId: 'x/y', messageId: 'rule-crashed', message: 'rule x/y crashed' }] }] }), stderr: '', tempLeft: undefined }, /^x\/y: rule x\/y crashed$/],
  ] as const)('counts %s as a failure', (_, outcome, reason) => {
    expect(failureOf(outcome)).toMatch(reason);
  });

  it('counts findings, however many, as a normal end', () => {
    const stdout = JSON.stringify({ results: [{ findings: [{ ruleId: 'archive/integrity', messageId: 'crc', message: 'a.txt does not match its CRC-32' }] }] });
    expect(failureOf({ id: 1, code: 1, stdout, stderr: '', tempLeft: undefined })).toBeUndefined();
  });
});
