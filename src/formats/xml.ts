import { SaxesParser } from 'saxes';

/** An element with namespace prefixes dropped: real descriptors come with namespaces and without. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  /** The element's own text, trimmed. */
  readonly text: string;
  readonly line: number;
}

export type XmlDocument = { readonly root: XmlElement } | { readonly error: string; readonly line: number };

interface Building {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

/** Thrown from the error handler to end parsing at the first error. */
const STOP = Symbol('stop at the first error');

/**
 * Parses a small XML file (a VIB descriptor, a bulletin) into a tree, or says where it is
 * not well-formed. saxes expands no DTD entities, so entity bombs are errors, not expansions.
 */
export function parseXml(text: string): XmlDocument {
  const parser = new SaxesParser({ position: true });
  const stack: Building[] = [];
  let root: XmlElement | undefined;
  let failure: { error: string; line: number } | undefined;
  parser.on('error', (error) => {
    failure = { error: error.message.replace(/^\d+:\d+: /, ''), line: parser.line };
    // The first error is what is reported: stop there. saxes would go on, building an Error for each further one
    // (a text of 4 MiB with a disallowed character at every position took minutes).
    throw STOP;
  });
  parser.on('opentag', (tag) => {
    const attributes = Object.fromEntries(Object.entries(tag.attributes as Record<string, string>).map(([key, value]) => [localName(key), value]));
    stack.push({ name: localName(tag.name), attributes, children: [], text: '', line: parser.line });
  });
  const addText = (content: string) => {
    const current = stack.at(-1);
    if (current) current.text += content;
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    const building = stack.pop()!;
    const element: XmlElement = { ...building, text: building.text.trim() };
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else root = element;
  });
  try {
    parser.write(text.replace(/^\uFEFF/, '')).close();
  } catch (error) {
    if (error !== STOP) throw error;
  }
  if (failure) return failure;
  return root ? { root } : { error: 'no root element', line: 1 };
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

/** The first child element named `name`. */
export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((candidate) => candidate.name === name);
}

/**
 * Every element named `name` at any depth below `element`, in document order. Walked with a
 * stack of elements still to visit, not by recursion: a descriptor may nest thousands deep.
 */
export function descendants(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const pending = [...element.children].reverse();
  for (let candidate = pending.pop(); candidate; candidate = pending.pop()) {
    if (candidate.name === name) found.push(candidate);
    for (let index = candidate.children.length - 1; index >= 0; index -= 1) pending.push(candidate.children[index]!);
  }
  return found;
}
