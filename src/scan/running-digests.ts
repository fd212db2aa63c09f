import type { Digests } from '../formats/digests.js';

/** The running digests of one stream of bytes, all fed from the same chunks. */
export interface RunningDigests {
  update(chunk: Buffer): void | Promise<void>;
  hex(): Promise<Digests>;
  /** The stream ended early: its digests will not be asked for. */
  discard(): void;
}
