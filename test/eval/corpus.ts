import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentRole } from '../../src/model/model.js';

/** What a reader of the document says of it (test/data/real/README.md says how labels are written). */
export interface Label {
  /** Who published the document: the partner whose bundle it would ship in. */
  readonly publisher: string;
  readonly roles: readonly DocumentRole[];
  readonly title: string;
  /** By topic rule id: the headings of the sections that cover the topic, or "absent". */
  readonly topics: Readonly<Record<string, readonly string[] | 'absent'>>;
  /** Where `support/contact` is covered: whether a URL of the publisher and a toll-free number are among the routes. */
  readonly contact?: { readonly url: boolean; readonly tollFree: boolean };
  /** The sections `docs/placeholder` is due on (a required section with nothing or only placeholders under it; "(document)" for the whole). */
  readonly placeholders?: readonly string[];
  /** A URL of the document on a public host of the publisher (`docs/help-link`), null when it gives none. */
  readonly helpLink?: { readonly url: string | null };
  readonly releaseNotes?: {
    readonly current: { readonly version: string | null; readonly date: string | null };
    readonly history: readonly string[];
    readonly firstRelease: boolean;
    /** The product the notes' visible title names, without the document's words and version; null when the title names none. */
    readonly product: string | null;
  };
}

export interface LabelledDocument {
  /** Path under the corpus folder. */
  readonly file: string;
  readonly label: Label;
}

/** What one bundle of the evaluation delivers: one document, or the pages of a split guide, with the label of the whole. */
export interface Unit {
  readonly name: string;
  readonly part: 'development' | 'test';
  /** Whether split.json's first draw holds it (later additions are drawn among themselves and appended). */
  readonly firstDraw: boolean;
  readonly documents: readonly LabelledDocument[];
  readonly label: Label;
}

const readLabel = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Label;

/** The corpus's units, each in the part split.json puts it in. */
export function corpusUnits(corpus: string): Unit[] {
  type Draw = Record<'test' | 'development', string[]>;
  const split = JSON.parse(readFileSync(join(corpus, 'split.json'), 'utf8')) as Draw & { additions?: Draw[] };
  const added = new Set((split.additions ?? []).flatMap((addition) => [...addition.test, ...addition.development]));
  const partOf = new Map<string, Unit['part']>();
  for (const part of ['test', 'development'] as const) for (const file of split[part]) partOf.set(file, part);
  const units: Unit[] = [];
  const add = (name: string, files: string[], label: Label) => {
    const parts = new Set(files.map((file) => partOf.get(file)));
    if (parts.size !== 1 || parts.has(undefined)) throw new Error(`${name}: its documents are not all in one part of split.json`);
    units.push({ name, part: [...parts][0]!, firstDraw: !files.some((file) => added.has(file)), documents: files.map((file) => ({ file, label: readLabel(join(corpus, `${file}.label.json`)) })), label });
  };
  const walk = (folder: string) => {
    for (const name of readdirSync(join(corpus, folder)).sort()) {
      const path = folder ? `${folder}/${name}` : name;
      if (statSync(join(corpus, path)).isDirectory()) {
        const set = join(corpus, path, 'set.label.json');
        if (existsSync(set)) add(path, readdirSync(join(corpus, path)).filter((page) => existsSync(join(corpus, path, `${page}.label.json`))).sort().map((page) => `${path}/${page}`), readLabel(set));
        else walk(path);
      } else if (existsSync(join(corpus, `${path}.label.json`))) add(path, [path], readLabel(join(corpus, `${path}.label.json`)));
    }
  };
  walk('');
  return units;
}
