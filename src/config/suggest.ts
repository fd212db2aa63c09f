/**
 * `; did you mean "json"?` for the candidate nearest to a mistyped `value`, or '' when none is
 * near: at most 1 edit for up to 5 characters, 2 beyond (a transposition is one edit). A rule's
 * name alone (`junk`) finds its id (`layout/junk`).
 */
export function didYouMean(value: string, candidates: Iterable<string>): string {
  const limit = value.length <= 5 ? 1 : 2;
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const name = candidate.slice(candidate.indexOf('/') + 1);
    const distance = Math.min(editDistance(value, candidate), value.includes('/') ? Infinity : editDistance(value, name));
    if (distance <= limit && distance < (best?.distance ?? Infinity)) best = { candidate, distance };
  }
  return best ? `; did you mean "${best.candidate}"?` : '';
}

/** `unknown rule "layout/junks" (bundlelint rules lists them); did you mean "layout/junk"?` */
export function unknownRule(id: string, ids: Iterable<string>): string {
  return `unknown rule "${id}" (bundlelint rules lists them)${didYouMean(id, ids)}`;
}

/** Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
export function editDistance(a: string, b: string): number {
  // Mistyped words are short; a long value is never near anything, so it is not compared.
  if (Math.abs(a.length - b.length) > 2 || a.length > 200) return Infinity;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j]!, before[j - 2]! + 1);
    }
    [before, previous] = [previous, current];
  }
  return previous[b.length]!;
}
