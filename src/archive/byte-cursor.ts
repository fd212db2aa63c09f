/**
 * One pass over a stream of bytes, taken by offset: what lies between entries is skipped,
 * each entry's data is a range. Operations run one at a time, in order, so a reader that gave
 * up in the middle of a range can never take bytes of the next one.
 */
export class ByteCursor {
  position = 0;
  /** The stream ended: no byte past `position` will come. */
  ended = false;
  private held: Buffer = Buffer.alloc(0);
  private queue: Promise<unknown> = Promise.resolve();
  private readonly chunks: AsyncIterator<Buffer>;

  constructor(chunks: AsyncIterable<Buffer>) {
    this.chunks = chunks[Symbol.asyncIterator]();
  }

  /** The next bytes before `limit` (one chunk at most), or undefined at `limit` or at the end of the stream. */
  next(limit: number): Promise<Buffer | undefined> {
    const taken = this.queue.then(() => this.take(limit));
    this.queue = taken.catch(() => {});
    return taken;
  }

  /** Moves to `offset`; false when the stream ends first. */
  async skipTo(offset: number): Promise<boolean> {
    while (this.position < offset) {
      if ((await this.next(offset)) === undefined) return false;
    }
    return true;
  }

  /** The bytes from here to `end`, as they come; throws if the stream ends first. */
  async *range(end: number): AsyncGenerator<Buffer> {
    const start = this.position;
    for (;;) {
      const bytes = await this.next(end);
      if (bytes === undefined) break;
      yield bytes;
    }
    if (this.position < end) throw new Error(`not enough bytes in the stream. expected ${end - start}. got only ${this.position - start}`);
  }

  /** Stops reading: the stream's source is released. */
  async close(): Promise<void> {
    await this.queue;
    this.ended = true;
    await this.chunks.return?.();
  }

  private async take(limit: number): Promise<Buffer | undefined> {
    while (this.held.length === 0) {
      if (this.ended || this.position >= limit) return undefined;
      const result = await this.chunks.next();
      if (result.done) {
        this.ended = true;
        return undefined;
      }
      this.held = result.value;
    }
    if (this.position >= limit) return undefined;
    const bytes = this.held.subarray(0, Math.min(this.held.length, limit - this.position));
    this.held = this.held.subarray(bytes.length);
    this.position += bytes.length;
    return bytes;
  }
}
