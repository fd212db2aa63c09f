import { defineRule, displayName, documentedPlatforms, parsedDescriptor, type DocumentedPlatform } from '../kit/index.js';

export default defineRule({
  meta: {
    id: 'vib/platform',
    severity: 'warning',
    summary: "The ESXi versions the documents call supported disagree with the bulletin's platforms or the VIB's dependencies",
    messages: {
      bulletin: '{{document}} says {{claim}} is supported, but the bulletin {{bulletin}} lists only the platforms {{platforms}}; make the bulletin and the documents name the same ESXi versions',
      dependency: '{{document}} says {{claim}} is supported, but {{vib}} depends on ESXi {{relation}} {{version}}, so it cannot install there; make the dependency and the documents agree',
    },
  },
  async check(bundle, context) {
    const claims = unique(documentedPlatforms(await bundle.documents()));
    if (claims.length === 0) return;
    const seen = new Set<string>();
    for (const bulletin of bundle.bulletins) {
      // vmware.xml repeats each bulletin of bulletins/: one finding per bulletin id.
      const key = bulletin.id?.text ?? bulletin.file.path;
      if (bulletin.platforms.length === 0 || seen.has(key)) continue;
      seen.add(key);
      for (const claim of claims) {
        if (bulletin.platforms.some((platform) => platformMatches(platform.text, claim.nodes))) continue;
        context.report({
          messageId: 'bulletin',
          location: { path: bulletin.file.path, line: bulletin.platforms[0]!.line },
          data: { document: displayName(bundle, claim.path), claim: claim.text, bulletin: bulletin.id?.text ?? displayName(bundle, bulletin.file.path), platforms: bulletin.platforms.map((platform) => platform.text).join(', ') },
        });
      }
    }
    for (const vib of bundle.vibs) {
      const descriptor = parsedDescriptor(vib);
      for (const constraint of descriptor?.esxConstraints ?? []) {
        for (const claim of claims) {
          if (satisfies(claim.nodes, constraint.relation, nodesOf(constraint.version))) continue;
          context.report({
            messageId: 'dependency',
            location: { path: vib.descriptorFile!.path, line: constraint.line },
            data: { document: displayName(bundle, claim.path), claim: claim.text, vib: displayName(bundle, vib.file.path), relation: constraint.relation, version: constraint.version },
          });
        }
      }
    }
  },
});

/** One claim per version (the first place that makes it). */
function unique(claims: readonly DocumentedPlatform[]): DocumentedPlatform[] {
  const byVersion = new Map<string, DocumentedPlatform>();
  for (const claim of claims) if (!byVersion.has(claim.nodes.join('.'))) byVersion.set(claim.nodes.join('.'), claim);
  return [...byVersion.values()];
}

/** `7.0.*` holds 7.0 and 7.0 U3; `7.0.0` and `7.0` hold 7.0 (any update); `*` holds all. */
function platformMatches(pattern: string, nodes: readonly number[]): boolean {
  const parts = pattern.replace(/\.\*$|^\*$/, '').split('.').filter((part) => part !== '');
  return parts.slice(0, 2).every((part, index) => Number(part) === nodes[index]);
}

function nodesOf(version: string): number[] {
  return version.split(/[.-]/).map(Number).filter((node) => Number.isFinite(node));
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < Math.max(a.length, b.length); index += 1) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Debian-style relations, as VIB descriptors write them. */
function satisfies(nodes: readonly number[], relation: string, version: readonly number[]): boolean {
  const order = compare(nodes, version);
  switch (relation) {
    case '>=': return order >= 0;
    case '>>': case '>': return order > 0;
    case '<=': return order <= 0;
    case '<<': case '<': return order < 0;
    default: return order === 0;
  }
}
