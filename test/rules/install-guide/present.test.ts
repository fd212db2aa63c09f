import { defaultRelease } from '../../../fixtures/release.js';
import rule from '../../../rules/install-guide/present.js';
import { DOCS } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';
import { presentCases } from '../../helpers/topic-rules.js';

const cases = presentCases('install-guide', 'CVD_NAS_Admin_Manual_v3');

const INSTALLING = '1. Download the offline bundle to the host.\n2. Run `esxcli software component apply -d /tmp/corvid.zip`.\n3. Reboot the host.\n';

/** No installation guide; the document of `role`, as Markdown, holds an installation section. */
const holding = (role: 'release-notes' | 'support', text: string) => ({
  documents: defaultRelease().documents.flatMap((plan) => (plan.role === 'install-guide' ? [] : plan.role === role ? [{ ...plan, format: 'md' as const, content: Buffer.from(text) }] : [plan])),
});

testRule(rule, {
  valid: [
    ...cases.valid,
    {
      name: "accepts another document's chapter that walks through the installation",
      changes: holding('support', `# Corvid Support Process\n\n## Contacting Support\n\nOpen a case at https://support.corvid.example or call 1-800-555-0199 (toll-free).\n\n## Installing the Plugin\n\n${INSTALLING}`),
    },
  ],
  invalid: [
    ...cases.invalid,
    {
      name: 'does not take the installation steps of release notes for the guide (they say how to install their release)',
      changes: holding('release-notes', `# Corvid NAS Plugin 3.2.1 Release Notes\n\n## Version 3.2.1, 2026-10-15\n\n### Fixed Issues\n\n- Clones no longer fail.\n\n### Installation\n\n${INSTALLING}`),
      findings: [{ messageId: 'missing', location: { path: DOCS } }],
    },
  ],
});
