import { existsSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { newTempFile, tempDirectory } from '../src/archive/temp.js';
import { lint } from '../src/lint.js';
import { generated, scratchDirectory } from './helpers/lint.js';

let used: string | undefined;

// An internal error in the middle of a run, once the temp dir is in use.
vi.mock('../src/engine/run.js', () => ({
  runRules: async () => {
    await newTempFile('nested');
    used = tempDirectory();
    throw new Error('simulated internal error');
  },
}));

describe('an internal error', () => {
  const directory = scratchDirectory();

  it('still removes the temp dir', async () => {
    await expect(lint([await generated(directory)])).rejects.toThrow('simulated internal error');
    expect(used).toBeDefined();
    expect(existsSync(used!)).toBe(false);
    expect(tempDirectory()).toBeUndefined();
  });
});
