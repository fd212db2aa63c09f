import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint.js';
import { generated, ROOT, scratchDirectory } from '../../helpers/lint.js';

describe('archive/symlink', () => {
  const directory = scratchDirectory();

  it('reports a link with its target, as a warning', async () => {
    const result = await lint([await generated(directory, ['symlink'])]);
    expect(result.results[0]!.findings.map(({ ruleId, severity, location, message }) => ({ ruleId, severity, path: location.path, message }))).toEqual([
      {
        ruleId: 'archive/symlink',
        severity: 'warning',
        path: `${ROOT}latest`,
        message: `${ROOT}latest is a symbolic link to "/opt/corvid/build/out/latest", which bundlelint does not follow and which may point outside the extracted bundle; ship the file itself`,
      },
    ]);
    expect(result.errorCount).toBe(0);
  });
});
