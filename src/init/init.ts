import { mkdir, open, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { Rule } from '../engine/rule.js';
import { OutputError, systemReason, UsageError } from '../errors.js';
import { writeDocx } from './docx.js';
import type { TemplateFormat } from './template-formats.js';
import { renderHtml, renderMarkdown, templates, type Template, type TemplateRelease } from './templates.js';

const WRITE: Record<TemplateFormat, (handle: FileHandle, template: Template) => Promise<void>> = {
  md: async (handle, template) => void (await handle.writeFile(renderMarkdown(template))),
  html: async (handle, template) => void (await handle.writeFile(renderHtml(template))),
  docx: writeDocx,
};

/** Writes the three templates into `folder` (made when absent); never over an existing file, and no half-written one. Resolves to the paths written. */
export async function writeTemplates(folder: string, format: TemplateFormat, release: TemplateRelease, rules: readonly Rule[]): Promise<string[]> {
  await mkdir(folder, { recursive: true }).catch((error: Error) => {
    throw new OutputError(`cannot make ${folder} (${systemReason(error)})`);
  });
  const written: string[] = [];
  for (const template of templates(rules, release)) {
    const path = join(folder, `${template.file}.${format}`);
    const handle = await open(path, 'wx').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') throw new UsageError(`${path} exists already; init never overwrites a document, move it away or pick another folder`);
      throw new OutputError(`cannot write ${path} (${systemReason(error)})`);
    });
    try {
      await WRITE[format](handle, template);
    } catch (error) {
      await handle.close();
      await rm(path, { force: true });
      throw new OutputError(`cannot write ${path} (${systemReason(error as Error)})`);
    }
    await handle.close();
    written.push(path);
  }
  return written;
}
