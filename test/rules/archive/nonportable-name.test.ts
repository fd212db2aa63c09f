import { describe, expect, it } from 'vitest';
import { archiveFindings, DOCS, generated, scratchDirectory } from '../../helpers/lint.js';

describe('archive/nonportable-name', () => {
  const directory = scratchDirectory();

  it('warns about every backslash-separated name, as .NET 4.5 wrote them', async () => {
    const names = [
      'Corvid_NAS_Plugin_3.2.1_Release_Notes.md',
      'Corvid_NAS_Plugin_Installation_and_Configuration_Guide.html',
      'Corvid_Support_Process.txt',
      'EULA.txt',
      'open_source_licenses.txt',
    ];
    expect(await archiveFindings(await generated(directory, ['backslash-names']))).toEqual(
      names.map((name) => ({ ruleId: 'archive/nonportable-name', severity: 'warning', path: `${DOCS}!/docs\\${name}`, messageId: 'backslash' })),
    );
  });
});
