import { descendants, parseXml } from '../formats/xml.js';
import { DocumentError } from './document-error.js';

/** The Dublin Core title of a package's small metadata part (DOCX core.xml, ODT meta.xml), read by the model's XML parser. */
export function metadataTitle(part: Buffer | undefined, name: string): string | undefined {
  if (!part) return undefined;
  const parsed = parseXml(part.toString('utf8'));
  if ('error' in parsed) throw new DocumentError(`its part ${name} is not well-formed XML (${parsed.error})`);
  return descendants(parsed.root, 'title')[0]?.text || undefined;
}
