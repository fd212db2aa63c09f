/**
 * A parse worker: parses the documents the sandbox (sandbox.ts) hands it, one at a time, and
 * answers with the parsed document or why it cannot be read. The sandbox watches its time and the
 * process's memory and terminates it when a document goes over either.
 */
import { parentPort } from 'node:worker_threads';
import { ParserStartError } from '../errors.js';
import { DocumentError } from './document-error.js';
import { loadParser } from './parse.js';
import type { ParseReply, ParseRequest } from './sandbox.js';

parentPort!.on('message', (request: ParseRequest) => {
  const bytes = Buffer.from(request.bytes.buffer, request.bytes.byteOffset, request.bytes.byteLength);
  loadParser(request.format)
    .then((parse) => {
      // Its parser is loaded: from now on the document keeps this worker busy.
      parentPort!.postMessage('parsing');
      return parse(bytes, request.path, request.limits);
    })
    .then(
      (document) => parentPort!.postMessage({ document } satisfies ParseReply),
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        const reply: ParseReply = error instanceof DocumentError ? { problem: error.reason } : error instanceof ParserStartError ? { unavailable: message } : { bug: message };
        parentPort!.postMessage(reply);
      },
    );
});

// Its start is done: documents may come (each format's parser loads when its first document comes).
parentPort!.postMessage('ready');
