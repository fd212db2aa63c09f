import { describe, expect, it } from 'vitest';
import { release, type Release } from '../fixtures/release.js';
import { lint } from '../src/lint.js';
import { generated, scratchDirectory } from './helpers/lint.js';

/** Legitimate bundles vary in all of these ways; none of the variations is a finding. */
const VARIANTS: Record<string, Partial<Release>> = {
  'offline bundle in a root folder, EULA in the docs zip, GNU manifests': {},
  'no root folder, EULA at the top, a bare VIB, binary-mode manifests': {
    layout: { rootFolder: false, eula: 'top' },
    installer: 'vib',
    manifests: { style: 'gnu-binary', upperCase: false, crlf: false },
  },
  'a component zip, BSD manifests in upper case with CRLF, other heading wording, HTML documents': {
    installer: 'component',
    manifests: { style: 'bsd', upperCase: true, crlf: true },
    wording: 'alternate',
    documents: release().documents.map((document) => ({ ...document, format: 'html' as const })),
  },
  'an executable installer, one combined manifest, text and Markdown documents': {
    installer: 'exe',
    manifests: { style: 'combined', upperCase: false, crlf: false },
    documents: release().documents.map((document, index) => ({ ...document, format: index % 2 ? ('md' as const) : ('txt' as const) })),
  },
  'a first release, without history': { history: [] },
};

describe('compliant bundles', () => {
  const directory = scratchDirectory();

  it.each(Object.entries(VARIANTS))('%s: no finding', async (_, changes) => {
    const result = await lint([await generated(directory, [], changes)]);
    expect(result.results[0]!.findings).toEqual([]);
  });
});
