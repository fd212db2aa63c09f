import type { BundleDocument } from '../model/model.js';

/** An ESXi version a document says the software supports, and where. */
export interface DocumentedPlatform {
  /** `[8, 0]`, `[7, 0, 3]` (7.0 Update 3). */
  readonly nodes: readonly number[];
  /** As written: `ESXi 7.0 Update 3`. */
  readonly text: string;
  readonly path: string;
  readonly line?: number;
}

const ESXI_VERSION = /\b(?:ESXi|vSphere)\s+(\d{1,2})\.(\d{1,2})(?:\.(\d{1,2}))?(?:\s*(?:Update|U)\s*(\d{1,2}))?/gi;
/** ESXI_VERSION without `g` (whose `lastIndex` a `test` would move): a sentence naming a version is in a text that has one. */
const NAMES_VERSION = new RegExp(ESXI_VERSION.source, 'i');
/** Sentences that name a version as not supported are not a claim of support. */
const NEGATIVE = /\b(not|no longer|un)\s*supported\b|\bdeprecated\b|\bend of (support|life|general support)\b|\bdoes not support\b/i;

/**
 * The ESXi versions the installation guides name, in their text, outside sentences that say a
 * version is not supported. vSphere versions are ESXi versions (vSphere 8.0 is ESXi 8.0).
 */
export function documentedPlatforms(documents: readonly BundleDocument[]): DocumentedPlatform[] {
  const found: DocumentedPlatform[] = [];
  for (const document of documents) {
    if (!document.roles.includes('install-guide') || !document.content) continue;
    for (const section of document.content.sections) {
      const text = `${section.heading?.text ?? ''}\n${section.body}`.slice(0, 100_000);
      // A version no sentence of the section can name: most sections of a long guide, passed without splitting them.
      if (!NAMES_VERSION.test(text)) continue;
      for (const sentence of text.split(/(?<=[.;!?])\s+|\n/)) {
        if (NEGATIVE.test(sentence)) continue;
        for (const match of sentence.matchAll(ESXI_VERSION)) {
          const [written, major, minor, patch, update] = match;
          const nodes = [Number(major), Number(minor), ...(patch ?? update ? [Number(patch ?? update)] : [])];
          const line = section.line ?? section.heading?.line;
          found.push({ nodes, text: written, path: document.file.path, ...(line === undefined ? {} : { line }) });
        }
      }
    }
  }
  return found;
}
