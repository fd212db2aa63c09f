import { defineRule, displayName, type Depot } from '../kit/index.js';

/** What esxcli reads first in an offline bundle, at its top. */
const REQUIRED = ['index.xml', 'vendor-index.xml', 'metadata.zip'] as const;

/** A VIB the metadata names: by id (bulletins, VIB entries) and, in a VIB entry, by path and SHA-256. */
interface Named {
  readonly id: string | undefined;
  readonly relativePath: string | undefined;
  readonly sha256: { readonly text: string; readonly line: number } | undefined;
  readonly at: { readonly path: string; readonly line: number };
}

export default defineRule({
  meta: {
    id: 'vib/depot',
    severity: 'error',
    summary: 'An offline bundle lacks, or has broken, the index and metadata esxcli installs from',
    messages: {
      missing: '{{depot}} lacks {{files}}, so esxcli cannot install from it; build the offline bundle with the ESXi packaging tools (vibauthor, the ESXi Packaging Kit), not by zipping the VIB',
      malformed: '{{file}} of {{depot}} is not valid depot metadata at line {{line}} ({{reason}}); rebuild the offline bundle',
      dangling: '{{file}} of {{depot}} names {{target}}, which the depot does not hold; rebuild the offline bundle',
      unlisted: '{{depot}} holds {{vib}}, which its metadata does not name, so esxcli will not install it; rebuild the offline bundle from every VIB it ships',
      'not-held': 'the metadata of {{depot}} names VIB {{id}}, which the depot does not hold; rebuild the offline bundle from the VIBs it ships',
      checksum: "the metadata of {{depot}} gives the SHA-256 of {{vib}} as {{declared}}, but the VIB's is {{actual}}; rebuild the offline bundle after the last change to the VIB",
    },
  },
  check(bundle, context) {
    for (const depot of bundle.depots) {
      const name = displayName(bundle, depot.file.path);
      const top = new Set(bundle.files.filter((file) => file.archivePath === depot.file.path).map((file) => file.name));
      const absent = REQUIRED.filter((file) => !top.has(file));
      if (absent.length > 0 && bundle.fullyRead) context.report({ messageId: 'missing', location: { path: depot.file.path }, data: { depot: name, files: listed(absent) } });
      for (const index of [depot.index, depot.vendorIndex]) {
        const parse = index?.parse;
        if (!index || !parse) continue;
        const file = displayName(bundle, index.file.path);
        if ('error' in parse) {
          context.report({ messageId: 'malformed', location: { path: index.file.path, line: parse.line }, data: { file, depot: name, line: parse.line, reason: parse.error } });
          continue;
        }
        for (const reference of parse.references) {
          if (!top.has(reference.text)) context.report({ messageId: 'dangling', location: { path: index.file.path, line: reference.line }, data: { file, depot: name, target: reference.text || '(nothing)' } });
        }
      }
      for (const listing of depot.listings) {
        if (listing.parse && 'error' in listing.parse) {
          const { line, error } = listing.parse;
          context.report({ messageId: 'malformed', location: { path: listing.file.path, line }, data: { file: displayName(bundle, listing.file.path), depot: name, line, reason: error } });
        }
      }
      compareVibs(depot, name);
    }

    /** The VIBs the metadata names against those the depot holds: by path, id or file name; and the SHA-256 the metadata gives. */
    function compareVibs(depot: Depot, name: string): void {
      if (!depot.metadata || !bundle.fullyRead) return; // no metadata: `missing` said so
      const named = namedVibs(depot);
      const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
      const matches = (entry: Named, vib: Depot['vibs'][number]) =>
        (entry.relativePath !== undefined && entry.relativePath === vib.file.name) || (entry.id !== undefined && (entry.id === vib.id || `${entry.id}.vib` === fileName(vib.file.name)));
      for (const vib of depot.vibs) {
        const entry = named.find((candidate) => matches(candidate, vib));
        const label = displayName(bundle, vib.file.path);
        if (!entry) {
          context.report({ messageId: 'unlisted', location: { path: vib.file.path }, data: { depot: name, vib: label } });
          continue;
        }
        const actual = vib.file.digests?.sha256;
        if (entry.sha256 && actual && entry.sha256.text !== actual) {
          context.report({ messageId: 'checksum', location: { path: entry.at.path, line: entry.sha256.line }, data: { depot: name, vib: label, declared: entry.sha256.text, actual } });
        }
      }
      const reported = new Set<string>();
      for (const entry of named) {
        if (entry.id === undefined || reported.has(entry.id) || depot.vibs.some((vib) => matches(entry, vib))) continue;
        reported.add(entry.id);
        context.report({ messageId: 'not-held', location: entry.at, data: { depot: name, id: entry.id } });
      }
    }
  },
});

/** VIB entries of the metadata first (they give path and checksum), then bulletins' VIB ids. */
function namedVibs(depot: Depot): Named[] {
  const entries = depot.listings.flatMap(({ file, parse }) => (parse && 'vib' in parse ? [{ ...parse.vib, at: { path: file.path, line: parse.vib.line } }] : []));
  const ids = depot.bulletins.flatMap((bulletin) => bulletin.vibIds.map((id) => ({ id: id.text, relativePath: undefined, sha256: undefined, at: { path: bulletin.file.path, line: id.line } })));
  return [...entries, ...ids];
}

function listed(names: readonly string[]): string {
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
