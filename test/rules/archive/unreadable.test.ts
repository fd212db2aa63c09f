import { describe, expect, it } from 'vitest';
import { lint } from '../../../src/lint.js';
import { archiveFindings, DOCS, generated, ROOT, scratchDirectory } from '../../helpers/lint.js';

describe('archive/unreadable', () => {
  const directory = scratchDirectory();

  it('reports a truncated bundle as a finding with a full report, not a crash', async () => {
    const result = await lint([await generated(directory, ['truncated'])]);
    expect(result.results[0]!.findings.map(({ ruleId, severity, location, message }) => [ruleId, severity, location.path, message])).toEqual([
      [
        'archive/unreadable',
        'error',
        '',
        'corvid-nas-plugin-3.2.1-4471.zip cannot be read as an archive: no end of central directory record: not a zip archive, or truncated; rebuild it with a standard tool and check that the copy is complete',
      ],
    ]);
  });

  it('reports an entry compressed with a method nobody can decode', async () => {
    expect(await archiveFindings(await generated(directory, ['unsupported-method']))).toEqual([
      { ruleId: 'archive/unreadable', severity: 'error', path: `${DOCS}!/open_source_licenses.txt`, messageId: 'method' },
    ]);
  });

  it('reports a file named like a zip whose content is something else', async () => {
    const result = await lint([await generated(directory, ['not-a-zip'])]);
    expect(result.results[0]!.findings.map(({ location, message }) => [location.path, message])).toEqual([
      [DOCS, 'corvid-nas-plugin-3.2.1-4471/corvid-nas-plugin-3.2.1-docs.zip cannot be read as an archive: it is named like a zip archive but its content is an HTML page; rebuild it with a standard tool and check that the copy is complete'],
    ]);
  });

  it('reports a VIB cut short inside the offline bundle', async () => {
    const vib = `${ROOT}CVD-corvid-nas-plugin-3.2.1-offline-bundle.zip!/vib20/corvid-nas-plugin/CVD_bootbank_corvid-nas-plugin_3.2.1-1OEM.700.1.0.15843807.vib`;
    expect(await archiveFindings(await generated(directory, ['truncated-vib']))).toEqual([
      { ruleId: 'archive/unreadable', severity: 'error', path: vib, messageId: 'archive' },
    ]);
  });
});
