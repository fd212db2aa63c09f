import { Budget } from '../archive/budget.js';
import { pumpZipEntry, storedData } from '../archive/entry-data.js';
import type { ArchiveEvent } from '../archive/events.js';
import { formatBytes, type Limits } from '../archive/limits.js';
import { BufferReader } from '../archive/readers.js';
import { openZip } from '../archive/zip.js';
import { DocumentError } from './document-error.js';

/**
 * The XML parts of a DOCX or ODT package that `wanted` names, inflated through the same safe
 * reader as the bundle, with the bundle's ratio limit and a cap on all parts together.
 * Parts that are missing are absent from the map; anything unsafe or broken throws.
 */
export async function readPackageParts(bytes: Buffer, path: string, wanted: (name: string) => boolean, limits: Readonly<Limits>, maxBytes: number): Promise<Map<string, Buffer>> {
  const events: ArchiveEvent[] = [];
  const emit = (event: ArchiveEvent) => events.push(event);
  const budget = new Budget({ ...limits, maxTotalBytes: maxBytes, maxEntries: 10_000 });
  const zip = await openZip({ reader: new BufferReader(bytes), size: bytes.length }, path, budget, emit);
  if (!zip) throw new DocumentError(`it is not a readable zip package (${reasonOf(events)})`);
  const parts = new Map<string, Buffer>();
  try {
    for (const entry of zip.entries) {
      if (entry.directory || !wanted(entry.name)) continue;
      if (entry.encryption) throw new DocumentError(`its part ${entry.name} is encrypted`);
      if (entry.skip) throw new DocumentError(`its part ${entry.name} cannot be read (${reasonOf(events)})`);
      const chunks: Buffer[] = [];
      const meter = { path, inflated: 0, consumed: 0, tripped: false };
      const clean = await pumpZipEntry(entry, () => storedData(zip, entry), { budget, emit, meter }, { write: (chunk) => void chunks.push(chunk) });
      if (!clean) throw new DocumentError(`its part ${entry.name} cannot be read (${reasonOf(events)})`);
      parts.set(entry.name, Buffer.concat(chunks));
    }
  } finally {
    zip.zipfile.close();
  }
  return parts;
}

function reasonOf(events: readonly ArchiveEvent[]): string {
  const event = events.at(-1);
  if (!event) return 'unknown error';
  switch (event.type) {
    case 'limit':
      return event.limit === 'maxTotalBytes' ? `its parts inflate past ${formatBytes(event.max)}` : `it inflates more than ${event.max}:1`;
    case 'unreadable':
    case 'entry-unreadable':
    case 'corrupt-data':
      return event.reason;
    default:
      return event.type.replace(/-/g, ' ');
  }
}
