/*
 * How a Word paragraph reads (a heading of some level, the title, a table of contents line, or
 * body text), the same for DOCX and DOC: both formats hold the same style model, and a document
 * saved in one or the other must give the same headings.
 *
 *  - A built-in style is what it is: "heading 1"–"heading 9" are headings 1–9, "Title" the
 *    title, "toc 1"–"toc 9" table of contents lines. Word fixes their outline level (its
 *    Paragraph dialog greys it out), so neither the style's nor the paragraph's outline level
 *    changes them.
 *  - Otherwise the paragraph's own outline level decides (`w:outlineLvl`, sprmPOutLvl): 0–8 is
 *    heading 1–9, 9 is body text.
 *  - Otherwise the style's, then its base's (`w:basedOn`, istdBase), up the chain: the first
 *    built-in style or outline level found decides. A custom style based on Heading 1 is a
 *    heading 1; one that sets outline level 9 ("body text") is body text, whatever it is based on,
 *    but a display line (`display`): set like a heading and kept out of the outline, as LibreOffice
 *    saves an HTML `<h1 class="title">` ("Heading 1.title"). Before the first heading, it is the
 *    document's title; elsewhere body text.
 *
 * Chains are followed at most 16 styles up (a cycle in a hostile file ends there), and each
 * style's role is computed once, so resolving every style is linear in the number of styles.
 */

import type { Block } from './document.js';

export type StyleRole = { readonly level: number } | 'toc' | 'title' | 'body' | 'display';

export interface WordStyle<Key> {
  /** The built-in style it is (by name in DOCX, by identifier in DOC), if it is a heading, Title or toc style. */
  readonly builtIn: StyleRole | undefined;
  /** The outline level its paragraph properties set, if any: 0–8, or 9 for body text. */
  readonly outline: number | undefined;
  readonly base: Key | undefined;
}

/** Outline level 9 is body text; 0–8 are heading levels 1–9; anything else is no level. */
export const BODY_OUTLINE = 9;

export function outlineRole(outline: number): StyleRole {
  return outline >= 0 && outline < BODY_OUTLINE ? { level: outline + 1 } : 'body';
}

/** The role each style gives its paragraphs, following bases. */
export function styleRoles<Key>(styles: ReadonlyMap<Key, WordStyle<Key>>): Map<Key, StyleRole> {
  const roles = new Map<Key, StyleRole>();
  for (const key of styles.keys()) {
    let role: StyleRole = 'body';
    for (let at: Key | undefined = key, visits = 0; at !== undefined && visits < 16; visits += 1) {
      const style = styles.get(at);
      if (!style) break;
      const known = roles.get(at);
      if (known && at !== key) {
        role = known;
        break;
      }
      if (style.builtIn) {
        role = style.builtIn;
        break;
      }
      if (style.outline !== undefined) {
        role = outlineRole(style.outline);
        if (role === 'body' && basedOnHeading(styles, style.base)) role = 'display';
        break;
      }
      at = style.base;
    }
    roles.set(key, role);
  }
  return roles;
}

/** Whether a style, or one of its bases, is a built-in heading or the Title style. */
function basedOnHeading<Key>(styles: ReadonlyMap<Key, WordStyle<Key>>, key: Key | undefined): boolean {
  for (let at = key, visits = 0; at !== undefined && visits < 16; visits += 1) {
    const style = styles.get(at);
    if (!style) return false;
    if (style.builtIn) return style.builtIn === 'title' || typeof style.builtIn === 'object';
    at = style.base;
  }
  return false;
}

/** How one paragraph reads, from its style and its own outline level. */
export function paragraphRole<Key>(styles: ReadonlyMap<Key, WordStyle<Key>>, roles: ReadonlyMap<Key, StyleRole>, style: Key | undefined, outline: number | undefined): StyleRole {
  const own = style === undefined ? undefined : styles.get(style);
  if (own?.builtIn) return own.builtIn;
  if (outline !== undefined) return outlineRole(outline);
  return (style === undefined ? undefined : roles.get(style)) ?? 'body';
}

/**
 * A Word document's blocks, paragraph by paragraph as their styles read (DOCX and DOC alike): a
 * Title paragraph, or a display line before the first heading, is the title; a display line after
 * it is body text; table-of-contents entries are no block.
 */
export class StyledBlocks {
  readonly blocks: Block[] = [];
  /** The size most characters of each block are set in, where the format says (see `documentHeadings`). */
  readonly sizes: (number | undefined)[] = [];
  /** Whether a heading has been read: a display line before the first is the title. */
  private headed = false;

  add(role: StyleRole, text: string, size?: number): void {
    if (role === 'toc') return;
    if (role === 'title' || (role === 'display' && !this.headed)) this.blocks.push({ kind: 'heading', level: 1, text, title: true });
    else if (role === 'body' || role === 'display') this.blocks.push({ kind: 'text', text });
    else this.blocks.push({ kind: 'heading', level: role.level, text });
    this.sizes.push(size);
    this.headed ||= this.blocks.at(-1)?.kind === 'heading';
  }
}
