import { describe, expect, it } from 'vitest';
import { renderDocument } from '../../../fixtures/documents.js';
import { defaultRelease } from '../../../fixtures/release.js';
import rule from '../../../rules/install-guide/prerequisites.js';
import { documentPath, documentsWith } from '../../helpers/documents.js';
import { testRule } from '../../helpers/rule-tester.js';
import { topicCases, withWordings } from '../../helpers/topic-rules.js';

const cases = withWordings(rule.meta.id, topicCases('prerequisites', 'install-guide'));

/** The guide split into pages, as real documentation sites ship it: each page titled for its topic, none named a guide. */
const PAGES: readonly [fileName: string, markdown: string][] = [
  ['install', '# Installation\n\n1. Download the offline bundle.\n2. Run esxcli software vib install -d /tmp/corvid.zip on each host.\n'],
  ['prerequisite', '# Prerequisites\n\n- ESXi 7.0 U3 or later.\n- A Corvid array running firmware 5.2.\n'],
  ['configuration', '# Configuration\n\nSet the array address in the plugin settings.\n'],
  ['faq', '# FAQs\n\nWhy is offload disabled? The datastore was mounted before the plugin was installed.\n'],
];
const split = {
  documents: defaultRelease().documents.flatMap((plan) =>
    plan.role === 'install-guide' ? PAGES.map(([fileName, markdown]) => ({ ...plan, format: 'md' as const, fileName, content: Buffer.from(markdown) })) : [plan],
  ),
};

testRule(rule, {
  valid: [
    ...cases.valid,
    { name: 'reads a guide split into pages as one guide', changes: split, others: { scope: 'install-guide/present' } },
    {
      name: 'finds the package a driver "requires", named as a reStructuredText literal (``corvidsdk``), in a text guide',
      changes: {
        documents: documentsWith('install-guide', {
          format: 'txt',
          content: renderDocument(
            {
              title: 'Corvid NAS Plugin Installation Guide',
              intro: ['This guide installs the Corvid NAS Plugin on ESXi hosts.'],
              sections: [
                { heading: 'External package', paragraphs: ['The driver requires the ``corvidsdk`` package for communicating with Corvid arrays. Install it from PyPI:', '$ pip install corvidsdk'] },
                { heading: 'Installing the plugin', paragraphs: ['1. Download corvid-nas-plugin-3.2.1-offline-bundle.zip.', '2. Run esxcli software vib install -d /tmp/corvid.zip on each host.'] },
              ],
            },
            'txt',
          ),
        }),
      },
    },
  ],
  invalid: [
    ...cases.invalid,
    {
      name: 'does not take checking that the installed software "is running" for a prerequisite, nor a prerequisites section that only names another guide (PDF)',
      changes: {
        documents: documentsWith('install-guide', {
          format: 'pdf',
          content: renderDocument(
            {
              title: 'Corvid NAS Plugin Getting Started Guide',
              intro: ['This document contains simple installation instructions for a single server, a few commands to verify that it is running, and a simple example.'],
              sections: [
                { heading: '1.1 Pre-requisites', paragraphs: ['See System Requirements in the Admin guide.'] },
                { heading: '1.2 Standalone Operation', paragraphs: ['Unpack the release and run bin/corvid-server.sh start.'] },
              ],
            },
            'pdf',
          ),
        }),
      },
      findings: [{ messageId: 'missing', location: { path: documentPath('install-guide', 'pdf') } }],
    },
  ],
});

describe('the cue of a program or package a method requires', () => {
  const cued = (sentence: string) => rule.meta.topic!.cues!.some((cue) => cue.test(sentence));
  it.each([
    ['The driver requires the ``infinisdk`` package.', true],
    ['The driver requires the ``python-3parclient`` package.', true],
    ['The driver requires the ``purestorage`` Python package.', true],
    ["This method requires the 'openssl' program.", true],
    ['This method requires the openssl program on the command line.', true],
    ['=> Corvid requires the XML dev library:', true],
    // A library or headers that are no development package are no prerequisite to install.
    ['Deploying a template requires the vCenter content library.', false],
    ['Each REST call requires the Authorization headers.', false],
    // Quotes around nothing, or left open, name no program.
    ["This method requires a '' tool.", false],
    ['This method requires the ``openssl` tool.', false],
  ])('reads "%s" as a cue: %s', (sentence, expected) => {
    expect(cued(sentence)).toBe(expected);
  });
});
