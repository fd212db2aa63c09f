import { Writable } from 'node:stream';

/** A stream that keeps what is written to it, to hand to the CLI's main() as its stdout or stderr (not a terminal). */
export function collector(): { stream: NodeJS.WriteStream; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({ write: (chunk: Buffer, _, done) => void (chunks.push(Buffer.from(chunk)), done()) });
  return { stream: stream as unknown as NodeJS.WriteStream, text: () => Buffer.concat(chunks).toString('utf8') };
}
