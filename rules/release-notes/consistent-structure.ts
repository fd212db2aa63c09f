import { defineRule, displayName, formatVersion, headingWords, locationOf, readableNotes, type VersionSection } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'release-notes/consistent-structure',
    severity: 'warning',
    summary: "The versions' sections of the release notes are not organised the same way",
    messages: {
      different: 'in {{name}}, the notes of {{version}} are organised as {{parts}}, but those of {{reference}} as {{referenceParts}}; give every version the same parts in the same order',
      unreadable: '{{document}} could not be read, so how its versions are organised was not checked; see docs/unreadable',
    },
  },
  async check(bundle, context) {
    for (const notes of await readableNotes(bundle, context)) {
      const reference = notes.current;
      if (!reference || notes.versions.length < 2) continue;
      const expected = structure(reference);
      for (const version of notes.versions) {
        const parts = structure(version);
        if (parts === expected) continue;
        const path = notes.document.file.path;
        context.report({
          messageId: 'different',
          location: locationOf({ path, line: version.heading.line }),
          data: { name: displayName(bundle, path), version: formatVersion(version.version), parts, reference: formatVersion(reference.version), referenceParts: expected },
        });
      }
    }
  },
});

/** A version's parts in order, worded without the version they name: "[fixed issues, known issues]". */
function structure(version: VersionSection): string {
  const labels = version.parts.map((part) =>
    headingWords(part.label)
      // `[^()]*`, not `.*?`: a lazy match retried from every `(` of a long run without `)` is quadratic.
      .replace(/\bv?\d+(?:\.\d+)+\b|\([^()]*\)/g, '')
      // Spaces made one before the final preposition goes: `\s+…\s*$` retries from every space of a long run.
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/ (?:in|for|of)$/, ''),
  );
  return labels.length === 0 ? 'one undivided text' : `[${labels.join(', ')}]`;
}
