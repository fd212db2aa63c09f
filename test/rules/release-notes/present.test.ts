import { defaultRelease } from '../../../fixtures/release.js';
import rule from '../../../rules/release-notes/present.js';
import { DOCS } from '../../helpers/lint.js';
import { testRule } from '../../helpers/rule-tester.js';
import { presentCases } from '../../helpers/topic-rules.js';

const cases = presentCases('release-notes', 'CVD_NAS_3.2.1_Readme');

/** No release notes; the guide, as Markdown, holds `section`. */
const guideHolding = (section: string) => ({
  documents: defaultRelease().documents.flatMap((plan) =>
    plan.role === 'release-notes'
      ? []
      : plan.role === 'install-guide'
        ? [{ ...plan, format: 'md' as const, content: Buffer.from(`# Corvid NAS Plugin Installation Guide\n\n## Installing\n\n1. Download the offline bundle.\n2. Run esxcli software vib install -d /tmp/corvid.zip.\n\n${section}`) }]
        : [plan],
  ),
});

testRule(rule, {
  valid: [...cases.valid, { name: "accepts a guide's chapter of the product's changes", changes: guideHolding("## What's New in 3.2.1\n\n- NFS 4.1 session trunking.\n") }],
  invalid: [
    ...cases.invalid,
    {
      name: "does not take a guide's section on its own changes for release notes",
      changes: guideHolding("## What's New in This Guide\n\n- A chapter on upgrades.\n"),
      findings: [{ messageId: 'missing', location: { path: DOCS } }],
    },
  ],
});
