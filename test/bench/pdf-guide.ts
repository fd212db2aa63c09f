import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeBundle } from '../../fixtures/bundle.js';
import { documentContent, type DocumentContent, type Section } from '../../fixtures/documents.js';
import { renderPdf } from '../../fixtures/office.js';
import { defaultRelease, release } from '../../fixtures/release.js';

export interface PdfGuideBundles {
  /** The long installation guide alone, for `pdftotext`. */
  readonly guide: string;
  /** The demo-sized bundle with that guide as its installation guide. */
  readonly withGuide: string;
  /** The same bundle with the usual short guide: what the long one adds is the difference. */
  readonly usual: string;
}

/**
 * An installation guide of at least `pages` pages as a PDF (bookmarks, headings by size), made by
 * the fixtures' PDF writer: the usual guide followed by reference chapters, each with sections of
 * prose, parameter tables (one row a line: name, default, meaning) and procedures; and the two
 * bundles to time it in. Built once into `cache`.
 */
export async function pdfGuideBundles(cache: string, pages: number): Promise<PdfGuideBundles> {
  const directory = join(cache, `pdf-guide-${pages}`);
  const paths = { guide: join(directory, 'guide.pdf'), withGuide: join(directory, 'with-guide'), usual: join(directory, 'usual') };
  const bundle = (folder: string) => join(folder, 'bundle.zip');
  if (existsSync(join(directory, '.complete'))) return { guide: paths.guide, withGuide: bundle(paths.withGuide), usual: bundle(paths.usual) };
  const facts = release();
  const usual = documentContent(facts, 'install-guide');
  // The chapters needed, from the pages ten of them take; then one more while the guide falls short.
  const base = pageCount(guidePdf(usual, 0));
  let chapters = Math.max(1, Math.floor(((pages - base) * 10) / (pageCount(guidePdf(usual, 10)) - base)));
  let pdf = guidePdf(usual, chapters);
  while (pageCount(pdf) < pages) pdf = guidePdf(usual, (chapters += 1));
  await mkdir(directory, { recursive: true });
  await writeFile(paths.guide, pdf);
  const documents = defaultRelease().documents.map((plan) => (plan.role === 'install-guide' ? { ...plan, format: 'pdf' as const, content: pdf } : plan));
  const [withGuide, plain] = [await writeBundle(paths.withGuide, release({ documents })), await writeBundle(paths.usual, facts)];
  await rename(withGuide, bundle(paths.withGuide));
  await rename(plain, bundle(paths.usual));
  await writeFile(join(directory, '.complete'), '');
  return { guide: paths.guide, withGuide: bundle(paths.withGuide), usual: bundle(paths.usual) };
}

function guidePdf(usual: DocumentContent, chapters: number): Buffer {
  const reference = Array.from({ length: chapters }, (_, index) => referenceChapter(index + 1));
  const content = { ...usual, sections: [...usual.sections, ...reference] };
  const blocks: Parameters<typeof renderPdf>[1] = [
    ...content.intro.map((text) => ({ kind: 'paragraph' as const, text })),
    ...content.sections.flatMap((section) => flat(section, 1)),
  ];
  return renderPdf(content.title, blocks, true);
}

function flat(section: Section, level: number): Parameters<typeof renderPdf>[1] {
  return [
    { kind: 'heading', level, text: section.heading },
    ...(section.paragraphs ?? []).map((text) => ({ kind: 'paragraph' as const, text })),
    ...(section.items ?? []).map((text) => ({ kind: 'item' as const, text })),
    ...(section.children ?? []).flatMap((child) => flat(child, level + 1)),
  ];
}

const SUBSYSTEMS = ['NFS datastore', 'replication', 'snapshot scheduler', 'VAAI offload', 'health monitor', 'certificate store'];

function referenceChapter(number: number): Section {
  const subsystem = SUBSYSTEMS[(number - 1) % SUBSYSTEMS.length]!;
  const parameter = (row: number) => `${subsystem.replace(/\s+/g, '.').toLowerCase()}.option${row}    ${row * 16}    How many ${subsystem} requests the plugin keeps in flight on host ${number}-${row}; raise it for arrays with more than ${row * 4} controllers.`;
  return {
    heading: `${number}. ${subsystem} reference (part ${number})`,
    paragraphs: [`This chapter describes how the plugin configures the ${subsystem} on each ESXi host, which settings it reads from the array and which it writes back. Values are read when the host connects and every fifteen minutes after that; a value changed on the array takes effect at the next read.`],
    children: [
      { heading: `${number}.1 Parameters`, paragraphs: ['Parameter    Default    Meaning'], items: Array.from({ length: 12 }, (_, row) => parameter(row + 1)) },
      {
        heading: `${number}.2 Changing the ${subsystem} settings`,
        items: [`Open the vSphere Client and select the host.`, `Under Configure, open Storage Plugins and select the ${subsystem} page.`, `Edit the values listed in section ${number}.1 and click Apply.`, `Check the task list: the plugin reports each host it reconfigured.`],
      },
      { heading: `${number}.3 When the ${subsystem} misbehaves`, paragraphs: Array.from({ length: 3 }, (_, index) => `Symptom ${index + 1}: the ${subsystem} reports an error after a host reboot. Collect the plugin log and the vmkernel log of the host, then compare the values of section ${number}.1 with those of the array; a difference means the array was changed while the host was offline.`) },
    ],
  };
}

function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page /g)?.length ?? 0;
}
