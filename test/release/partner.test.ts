import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.js';
import { defineRule, type PartnerIdentity } from '../../rules/kit/index.js';
import { lint } from '../../src/lint.js';
import { documentsWith } from '../helpers/documents.js';
import { DEPOT, DESCRIPTOR, DOCS, generated, scratchDirectory } from '../helpers/lint.js';

/** The partner identity the model reads of a bundle, with the configuration's names and domains. */
async function identityOf(path: string, partner?: { names: string[]; domains: string[] }): Promise<PartnerIdentity> {
  let identity: PartnerIdentity | undefined;
  const probe = defineRule({
    meta: { id: 'test/partner', severity: 'info', summary: 'Keeps the partner identity', messages: { none: 'never reported' } },
    async check(bundle) {
      identity = await bundle.partner();
    },
  });
  await lint([path], { rules: [...builtinRules.filter((rule) => rule.meta.id === 'docs/help-link'), probe], ...(partner && { partner }) });
  return identity!;
}

describe('the partner identity of a bundle', () => {
  const directory = scratchDirectory();

  it('names each clue with where it was read: the configuration, vendors, copyright lines, e-mail domains, the bundle name; never VMware nor web-mail', async () => {
    const guide = '# Heron NAS Plugin Guide\n\nWrite to help@heron-data.example, or to jane@gmail.com.\n\n© 2026 Heron Data, Inc. All rights reserved.\n\nCopyright (c) 2024 VMware, Inc.\n';
    const path = await generated(join(directory, 'clues'), [], { documents: documentsWith('install-guide', { format: 'md', content: Buffer.from(guide) }) });
    const identity = await identityOf(path, { names: ['Kestrel Storage'], domains: ['kestrel.example'] });
    const guidePath = `${DOCS}!/Corvid_NAS_Plugin_Installation_and_Configuration_Guide.md`;
    // The consolidated metadata names the bulletin first.
    const bulletin = `${DEPOT}!/metadata.zip!/vmware.xml`;
    expect(identity).toEqual({
      names: [
        { text: 'Kestrel Storage', source: 'configuration' },
        { text: 'CVD', source: 'vendor', path: DESCRIPTOR },
        { text: 'Corvid Systems', source: 'vendor', path: bulletin },
        { text: 'Heron Data, Inc.', source: 'copyright', path: guidePath },
        { text: 'corvid', source: 'bundle-name', path: '' },
      ],
      domains: [
        { text: 'kestrel.example', source: 'configuration' },
        { text: 'heron-data.example', source: 'e-mail', path: guidePath },
      ],
      known: true,
    });
  });
});
