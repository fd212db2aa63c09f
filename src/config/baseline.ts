import { basename } from 'node:path';
import type { Finding } from '../engine/rule.js';
import { WAIVER_RULES, type Waiver } from '../engine/waivers.js';
import { UsageError } from '../errors.js';
import { findVersion } from '../formats/versions.js';

/** Glob characters of micromatch, escaped so that a path matches only itself (`!` only negates at the start; extglobs need a `(`). */
const GLOB_CHARACTERS = /[\\*?[\]{}()|]|^!/g;

/**
 * One waiver per finding of a bundle (a baseline): its rule, its location (the bundle's version
 * in it replaced by `*`, so the baseline holds for the next release), the bundle's file name
 * with its version replaced by `*`; findings about waivers themselves are not waived. A finding
 * about the bundle as a whole gets a waiver without a path (a path glob never matches it).
 */
export function baselineWaivers(bundle: string, findings: readonly Finding[], reason: string, expires: string | undefined): Waiver[] {
  const name = basename(bundle.replace(/\\/g, '/'));
  const found = findVersion(name);
  // `3.2.1-4471` in the bundle's name, `3.2.1` alone in its documents' names.
  const spellings = found ? [...new Set([found.text, found.nodes.join('.')])] : [];
  const versionless = (text: string) => spellings.reduce<string[]>((parts, spelling) => parts.flatMap((part) => part.split(spelling)), [text]).map(escapeGlob).join('*');
  const waivers = new Map<string, Waiver>();
  for (const finding of findings) {
    if (finding.ruleId === WAIVER_RULES.unused || finding.ruleId === WAIVER_RULES.expired) continue;
    const { path } = finding.location;
    const waiver: Waiver = { rule: finding.ruleId, ...(path !== '' && { path: versionless(path) }), bundle: versionless(name), reason, ...(expires !== undefined && { expires }) };
    waivers.set(JSON.stringify([waiver.rule, waiver.path, waiver.bundle]), waiver);
  }
  return [...waivers.values()];
}

function escapeGlob(text: string): string {
  return text.replace(GLOB_CHARACTERS, (character) => `\\${character}`);
}

/**
 * The configuration text with `waivers` appended to its `waivers` array (made when absent, as
 * the last key), every other byte as it was: keys keep their order, the file its indentation
 * and line ends. Waivers already in the file (same rule, path and bundle) are not
 * added twice. Without a file, a new configuration holding only the waivers.
 */
export function withWaivers(text: string | undefined, file: string, waivers: readonly Waiver[]): { text: string; added: number } {
  if (text === undefined || text.trim() === '') return { text: `${JSON.stringify({ waivers }, null, 2)}\n`, added: waivers.length };
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file}: not valid JSON, so no waivers were written to it (${(error as Error).message})`);
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) throw new UsageError(`${file}: not a JSON object, so no waivers were written to it`);
  const existing = (config as { waivers?: unknown }).waivers;
  if (existing !== undefined && !Array.isArray(existing)) throw new UsageError(`${file}: its "waivers" is not an array, so no waivers were written to it`);
  const have = new Set((existing ?? []).map((waiver: Waiver) => JSON.stringify([waiver.rule, waiver.path, waiver.bundle])));
  const fresh = waivers.filter((waiver) => !have.has(JSON.stringify([waiver.rule, waiver.path, waiver.bundle])));
  if (fresh.length === 0) return { text, added: 0 };
  const unit = indentUnit(text);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const items = (depth: number) => fresh.map((waiver) => indent(JSON.stringify(waiver, null, unit), unit.repeat(depth), eol)).join(`,${eol}`);
  const { waiversArray, rootEnd } = locate(text);
  if (waiversArray) {
    const [open, close] = waiversArray;
    const inside = text.slice(open + 1, close);
    const before = text.slice(0, close).replace(/\s*$/, '');
    const separator = inside.trim() === '' ? '' : ',';
    return { text: `${before}${separator}${eol}${items(2)}${eol}${unit}${text.slice(close)}`, added: fresh.length };
  }
  const before = text.slice(0, rootEnd).replace(/\s*$/, '');
  const separator = before.endsWith('{') ? '' : ',';
  return { text: `${before}${separator}${eol}${unit}"waivers": [${eol}${items(2)}${eol}${unit}]${eol}${text.slice(rootEnd)}`, added: fresh.length };
}

/** The indentation of the file's first indented line (two spaces when none is). */
function indentUnit(text: string): string {
  return /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
}

function indent(json: string, prefix: string, eol: string): string {
  return json.split('\n').map((line) => `${prefix}${line}`).join(eol);
}

/**
 * Where the root object's `waivers` array opens and closes, and where the root object closes:
 * a scan of the JSON text that skips strings (the text was parsed already, so it is valid).
 */
function locate(text: string): { waiversArray: [number, number] | undefined; rootEnd: number } {
  let depth = 0;
  let key: string | undefined;
  let lastString: string | undefined;
  let open: number | undefined;
  let waiversArray: [number, number] | undefined;
  for (let at = 0; at < text.length; at += 1) {
    const character = text[at]!;
    if (character === '"') {
      let end = at + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      lastString = JSON.parse(text.slice(at, end + 1)) as string;
      at = end;
    } else if (character === ':' && depth === 1) key = lastString;
    else if (character === '{' || character === '[') {
      depth += 1;
      if (depth === 2 && character === '[' && key === 'waivers') open = at;
    } else if (character === '}' || character === ']') {
      if (depth === 2 && open !== undefined && !waiversArray) waiversArray = [open, at];
      depth -= 1;
      if (depth === 0) return { waiversArray, rootEnd: at };
    }
  }
  return { waiversArray, rootEnd: text.length };
}
