/**
 * Generated sections of a Markdown file: text between `<!-- generated: <name> -->` and
 * `<!-- /generated -->` that `npm run docs` writes from the code; the prose around them is
 * written by hand and kept.
 */
const SECTION = /<!-- generated: ([a-z-]+) -->\n[\s\S]*?<!-- \/generated -->/g;

/**
 * The text with each generated section's content replaced by `sections[name]`. Throws when the
 * file lacks a section's markers, or has markers for a section that `sections` does not give.
 */
export function withSections(text: string, sections: Readonly<Record<string, string>>, file: string): string {
  const found = new Set<string>();
  const result = text.replace(SECTION, (_, name: string) => {
    const content = sections[name];
    if (content === undefined || found.has(name)) throw new Error(`${file}: a generated section "${name}" it should not have; remove its markers`);
    found.add(name);
    return `<!-- generated: ${name} -->\n${content.replace(/\n*$/, '\n')}<!-- /generated -->`;
  });
  const missing = Object.keys(sections).find((name) => !found.has(name));
  if (missing !== undefined) throw new Error(`${file}: no generated section "${missing}"; put <!-- generated: ${missing} --> and <!-- /generated --> on lines of their own where it belongs`);
  return result;
}
