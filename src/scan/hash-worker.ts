/**
 * A hashing thread: keeps running digests of streams by id, fed from each stream's ring of
 * shared memory, so hashing overlaps reading, inflating and the other digests.
 */
import { createHash, type Hash } from 'node:crypto';
import { parentPort } from 'node:worker_threads';
import type { HashReply, HashRequest } from './hash-pool.js';

/** Each stream's digests, and the rings it reads: its own, and those of streams it hashes bytes from. */
const streams = new Map<number, { rings: Map<number, Uint8Array>; hashes: [string, Hash][] }>();
const port = parentPort!;

port.on('message', (request: HashRequest) => {
  switch (request.type) {
    case 'open':
      streams.set(request.id, { rings: new Map([[request.id, new Uint8Array(request.ring)]]), hashes: request.names.map((name) => [name, createHash(name)]) });
      return;
    case 'data': {
      const stream = streams.get(request.id)!;
      const from = request.from ?? request.id;
      if (request.ring) stream.rings.set(from, new Uint8Array(request.ring));
      const bytes = stream.rings.get(from)!.subarray(request.offset, request.offset + request.length);
      for (const [, hash] of stream.hashes) hash.update(bytes);
      port.postMessage({ type: 'ack', id: request.id } satisfies HashReply);
      return;
    }
    case 'end': {
      const hashes = streams.get(request.id)?.hashes ?? [];
      streams.delete(request.id);
      port.postMessage({ type: 'digests', id: request.id, digests: Object.fromEntries(hashes.map(([name, hash]) => [name, hash.digest('hex')])) } satisfies HashReply);
      return;
    }
    case 'drop':
      streams.delete(request.id);
  }
});
