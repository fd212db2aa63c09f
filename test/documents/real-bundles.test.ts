import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultRelease, type DocumentFormat } from '../../fixtures/release.js';
import { lint } from '../../src/lint.js';
import { packageRoot } from '../../src/package-root.js';
import { generated, scratchDirectory } from '../helpers/lint.js';

const REAL = join(packageRoot, 'test', 'data', 'documents');

describe('rules on real documents', () => {
  const directory = scratchDirectory();

  it.each(['html', 'docx', 'doc', 'odt', 'rtf', 'pdf'] as const)('find every topic of the LibreOffice-made release notes and guide as %s', async (format: DocumentFormat) => {
    const real = (name: string) => ({ format, content: readFileSync(join(REAL, `${name}.${format}`)) });
    const documents = defaultRelease().documents.map((plan) =>
      plan.role === 'release-notes' ? { ...plan, ...real('release-notes'), fileName: 'StorFlex_NAS_Plugin_2.4.0_Release_Notes' }
      : plan.role === 'install-guide' ? { ...plan, ...real('install-guide'), fileName: 'StorFlex_NAS_Plugin_Installation_Guide' }
      : plan,
    );
    const result = await lint([await generated(join(directory, format), [], { documents })]);
    const findings = result.results[0]!.findings.filter((finding) => /^(release-notes|install-guide|docs)\//.test(finding.ruleId));
    expect(findings.map((finding) => [finding.ruleId, finding.message])).toEqual([]);
    // The real notes are of another product's 2.4.0, which the bundle's names, VIB and bulletin contradict: they agree on 3.2.1, and
    // the notes' places are one disagreement, reported once.
    const consistent = result.results[0]!.findings.filter((finding) => finding.ruleId === 'signature/consistent');
    expect(consistent.map((finding) => [finding.messageId, finding.message.startsWith(`version 2.4.0 in the name of StorFlex_NAS_Plugin_2.4.0_Release_Notes.${format}`)])).toEqual([['version', true]]);
    expect(consistent[0]!.message).toContain(`the release notes StorFlex_NAS_Plugin_2.4.0_Release_Notes.${format} ("StorFlex NAS Plugin 2.4.0 (March 2026)") disagrees with 3.2.1 in the descriptor of`);
  });
});
