import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { DocumentError } from './document-error.js';

export interface XmlHandlers {
  open?(name: string, attributes: Readonly<Record<string, string>>): void;
  text?(text: string): void;
  close?(name: string): void;
}

/**
 * Streams one XML part through saxes (which expands no external entities) with qualified
 * names as written (`w:p`, `text:h`); a part that is not well-formed makes the document unreadable.
 */
export function streamXml(part: Buffer, name: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser();
  let failure: string | undefined;
  parser.on('error', (error) => {
    failure ??= error.message;
  });
  parser.on('opentag', (tag: SaxesTagPlain) => handlers.open?.(tag.name, tag.attributes as Record<string, string>));
  parser.on('text', (text) => handlers.text?.(text));
  parser.on('cdata', (text) => handlers.text?.(text));
  parser.on('closetag', (tag) => handlers.close?.(tag.name));
  parser.write(part.toString('utf8')).close();
  if (failure) throw new DocumentError(`its part ${name} is not well-formed XML (${failure})`);
}
