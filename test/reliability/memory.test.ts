import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirectory } from '../../src/archive/temp.js';
import { MemoryAllowance, runMemory } from '../../src/scan/content.js';
import { lint } from '../../src/lint.js';
import { generated, scratchDirectory } from '../helpers/lint.js';

const directory = scratchDirectory();

/** An allowance that counts the takes it refused. */
class CountingAllowance extends MemoryAllowance {
  refused = 0;

  override take(bytes: number): boolean {
    const taken = super.take(bytes);
    if (!taken) this.refused += 1;
    return taken;
  }
}

describe('one memory allowance for the whole run', () => {
  it('is shared by the bundles read at once, never exceeded, and given back; reports are as one at a time', async () => {
    const first = await generated(directory);
    const paths = Array.from({ length: 6 }, (_, index) => {
      const copy = join(directory, `copy-${index}.zip`);
      copyFileSync(first, copy);
      return copy;
    });
    const alone = new MemoryAllowance(2 ** 30);
    const one = await lint([paths[0]!], { memory: { ...runMemory(), nested: alone } });
    // What one bundle holds of inflated nested archives at most, when nothing stops it.
    const needed = alone.peak;
    expect(needed).toBeGreaterThan(0);

    const shared = new CountingAllowance(needed);
    const together = await lint(paths, { jobs: 6, memory: { ...runMemory(), nested: shared } });
    expect(shared.peak).toBeLessThanOrEqual(needed);
    // The bundles competed for it: some spilled to the temp dir instead of taking more.
    expect(shared.refused).toBeGreaterThan(0);
    // All given back once the bundles closed.
    expect(shared.take(needed)).toBe(true);
    expect(tempDirectory()).toBeUndefined();

    const inTurn = await lint(paths, { jobs: 1 });
    const strip = (result: typeof together) => result.results.map(({ bundle, ...rest }) => ({ bundle: bundle.replace(/copy-\d/, ''), ...rest }));
    expect(strip(together)).toEqual(strip(inTurn));
    expect(together.results[0]!.findings).toEqual(one.results[0]!.findings);
  }, 60_000);
});
