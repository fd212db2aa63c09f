import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentContent, renderDocument } from '../../fixtures/documents.js';
import { release } from '../../fixtures/release.js';
import { defaultLimits } from '../../src/archive/limits.js';
import { urlsIn } from '../../src/documents/document.js';
import { extractDocument } from '../../src/documents/extract.js';
import { extractionLimits } from '../../src/scan/documents.js';
import { DOCS, findingsOf, generated, scratchDirectory } from '../helpers/lint.js';

/** The date the findings are judged on. */
const NOW = { now: new Date('2026-11-25T00:00:00Z') };

const limits = extractionLimits(defaultLimits);

describe('addresses written without a scheme', () => {
  it('are links, on https', () => {
    expect(urlsIn('Open a case at support.corvid-systems.example/cases, or visit www.corvid-systems.example. See (www.corvid-systems.example/nas-plugin) and kb.corvid-systems.example/articles/2231?lang=en. WWW.CorvidSystems.example/Support.')).toEqual([
      'https://support.corvid-systems.example/cases',
      'https://www.corvid-systems.example',
      'https://www.corvid-systems.example/nas-plugin',
      'https://kb.corvid-systems.example/articles/2231?lang=en',
      'https://WWW.CorvidSystems.example/Support',
    ]);
  });

  it('beside addresses with a scheme, in the order they come', () => {
    expect(urlsIn('https://support.corvid-systems.example/a then www.corvid-systems.example/b then http://kb.corvid-systems.example/c')).toEqual([
      'https://support.corvid-systems.example/a',
      'https://www.corvid-systems.example/b',
      'http://kb.corvid-systems.example/c',
    ]);
  });

  it.each([
    ['file names', 'Read readme.md, run install.sh or setup.py, open notes.pdf and corvid-nas-plugin-3.2.1-docs.zip.'],
    ['versions and dotted words', 'Version 3.2.1 (build 4471) needs ESXi 8.0.3, node.js or ASP.NET; e.g. this, i.e. that.'],
    ['hosts without www. nor a path', 'The driver is csi.corvid-systems.example and the array corvid01.lab.example.'],
    ['e-mail addresses, paths and Windows paths', 'Mail support@corvid-systems.example; see /etc/corvid.example/x.conf or C:\\Corvid\\www.corvid.example\\x.'],
    ['Kubernetes names, API versions, labels, annotations, images', 'apiVersion: storage.corvid-systems.example/v1beta1, -l app.kubernetes.io/name=corvid, storageclass.kubernetes.io/is-default-class: "true", image: docker.io/corvid/plugin:3.2.1'],
    ['camel-case keys', 'Set credentials.secretContents.cloud or values.secretContents.example/x in values.yaml.'],
  ])('are not taken from %s', (_, text) => {
    expect(urlsIn(text)).toEqual([]);
  });

  it('are links in every document format', async () => {
    const changes = release({ helpUrl: 'support.corvid-systems.example/nas-plugin' });
    const content = documentContent(changes, 'support');
    for (const format of ['md', 'txt', 'html', 'docx', 'doc', 'odt', 'rtf', 'pdf'] as const) {
      const parser = ({ md: 'markdown', txt: 'text', pdf: 'pdf' } as const)[format as 'md' | 'txt' | 'pdf'] ?? (format as 'html' | 'docx' | 'doc' | 'odt' | 'rtf');
      const document = await extractDocument(parser, renderDocument(content, format), `support.${format}`, limits);
      expect([format, document.urls]).toEqual([format, ['https://support.corvid-systems.example/nas-plugin/cases', 'https://support.corvid-systems.example/nas-plugin/lifecycle']]);
    }
  });

  it('are not taken from Markdown code blocks, where addresses with a scheme still are (after the links of the text, as always)', async () => {
    const page = '# Setup\n\n```yaml\napiVersion: corvid-systems.example/v1\nurl: https://api.corvid-systems.example/v1\nhome: www.corvid-systems.example/x\n```\n\nSee www.corvid-systems.example/setup.\n';
    expect((await extractDocument('markdown', Buffer.from(page), 'setup.md', limits)).urls).toEqual(['https://www.corvid-systems.example/setup', 'https://api.corvid-systems.example/v1']);
  });
});

describe('docs/help-link with addresses written without a scheme', () => {
  const directory = scratchDirectory();

  it('finds the partner\'s help pages given as support.corvid-systems.example/nas-plugin', async () => {
    expect(await findingsOf(await generated(join(directory, 'schemeless'), [], { helpUrl: 'support.corvid-systems.example/nas-plugin' }), NOW, 'docs/help-link')).toEqual([]);
  });

  it('still reports documentation whose only addresses are file names and versions', async () => {
    expect(await findingsOf(await generated(join(directory, 'files'), [], { helpUrl: 'corvid-nas-plugin-3.2.1-docs.zip' }), NOW, 'docs/help-link')).toEqual([
      { ruleId: 'docs/help-link', messageId: 'no-link', location: { path: DOCS } },
    ]);
  });
});
