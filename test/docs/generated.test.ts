import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/package-root.js';
import { generatedFiles, regenerated } from './generated.js';
import { withSections } from './sections.js';

describe('the generated sections of the docs', () => {
  it.each(generatedFiles)('%s holds what the code gives', (path) => {
    expect(readFileSync(join(packageRoot, path), 'utf8'), `${path} differs from what the code gives; run \`npm run docs\``).toBe(regenerated(path));
  });

  it('rewrites what lies between the markers and keeps the prose around them', () => {
    const page = 'Prose.\n\n<!-- generated: options -->\nedited by hand\n<!-- /generated -->\n\nMore prose.\n';
    expect(withSections(page, { options: 'None.' }, 'page.md')).toBe('Prose.\n\n<!-- generated: options -->\nNone.\n<!-- /generated -->\n\nMore prose.\n');
  });

  it('refuses a page without the markers of a section, or with markers for one it should not have', () => {
    expect(() => withSections('Prose.\n', { options: 'None.' }, 'page.md')).toThrow('page.md: no generated section "options"');
    expect(() => withSections('<!-- generated: topic -->\n<!-- /generated -->\n', {}, 'page.md')).toThrow('page.md: a generated section "topic" it should not have');
  });
});
