import { CREDITS_MARKDOWN } from '../../../fixtures/legal-texts.js';
import rule from '../../../rules/licenses/open-source.js';
import { DEPOT, ROOT } from '../../helpers/lint.js';
import { documentsWith } from '../../helpers/documents.js';
import { testRule } from '../../helpers/rule-tester.js';

/** The release's documents with its notices replaced by Markdown of our own. */
const withNotices = (fileName: string, content: Buffer) => documentsWith('notices', { format: 'md', fileName, content });

testRule(rule, {
  valid: [
    ...['THIRD-PARTY-NOTICES', 'Open_Source_Licenses', 'NOTICE', 'Acknowledgements', '3rdpartylicenses'].map((fileName) => ({
      name: `recognises notices named ${fileName}`,
      changes: { documents: [{ role: 'notices' as const, format: 'txt' as const, fileName }] },
    })),
    { name: 'recognises notices by their text, named and headed "Credits"', changes: { documents: withNotices('credits', Buffer.from(CREDITS_MARKDOWN)) } },
  ],
  invalid: [
    { name: 'warns when no open-source notices are delivered', defects: ['no-notices'], findings: [{ messageId: 'missing', location: { path: ROOT } }] },
    {
      name: 'does not take a README that gives its own licence for notices',
      changes: { documents: withNotices('README', Buffer.from('# Corvid Tools\n\nOpen-source software for Corvid arrays.\n\n## License\n\nCopyright (c) 2024 Corvid Systems\n\nLicensed under the Apache License, Version 2.0.\n')) },
      findings: [{ messageId: 'missing', location: { path: ROOT } }],
    },
    {
      name: 'counts notices delivered only inside the installer, with an info saying where',
      defects: ['docs-in-installer'],
      findings: [{ messageId: 'insideInstaller', location: { path: `${DEPOT}!/docs/open_source_licenses.txt` } }],
    },
  ],
});
