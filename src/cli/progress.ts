import type { Progress } from '../lint.js';
import { escapeTerminal } from '../report/terminal.js';

/** The progress line a `lint` run shows: only on a terminal, only beside a text report, unless turned off. */
export function progressLine(stderr: { isTTY?: boolean; write(text: string): unknown; columns?: number }, format: string, wanted: boolean, bundles: number): ProgressLine | undefined {
  return wanted && format === 'text' && stderr.isTTY === true ? new ProgressLine(stderr, bundles) : undefined;
}

/**
 * One line on a terminal, rewritten in place: bundles finished, bytes read of those being
 * read, and the file being read. Silent for the first moment, so quick runs print nothing,
 * then redrawn at most ten times a second; `clear()` wipes it before the report.
 */
export class ProgressLine {
  private readonly active = new Map<string, Progress>();
  private finished = 0;
  private drawnAt = 0;
  private shown = false;

  constructor(
    private readonly terminal: { write(text: string): unknown; readonly columns?: number },
    private readonly bundles: number,
    private readonly startedAt = Date.now(),
    private readonly delayMs = 500,
  ) {}

  update(progress: Progress, now = Date.now()): void {
    if (progress.entry === undefined) {
      this.active.delete(progress.bundle);
      this.finished += 1;
    } else {
      this.active.set(progress.bundle, progress);
    }
    if (now - this.startedAt < this.delayMs || now - this.drawnAt < 100) return;
    this.drawnAt = now;
    this.terminal.write(`\r\x1b[K${this.line()}`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) this.terminal.write('\r\x1b[K');
    this.shown = false;
  }

  private line(): string {
    const reading = [...this.active.values()];
    const done = reading.reduce((sum, progress) => sum + progress.done, 0);
    const total = reading.reduce((sum, progress) => sum + progress.total, 0);
    const count = this.bundles > 1 ? `${this.finished}/${this.bundles} bundles, ` : '';
    const percent = total > 0 ? ` (${Math.floor((100 * done) / total)}%)` : '';
    const head = `${count}${megabytes(done)} of ${megabytes(total)} MB${percent}`;
    const entry = escapeTerminal(reading[0]?.entry ?? '');
    // The end of a nested path says most: what is cut is its beginning.
    const room = (this.terminal.columns ?? 80) - 1 - head.length - 2;
    if (entry === '' || room < 8) return head;
    return `${head}  ${entry.length > room ? `…${entry.slice(entry.length - room + 1)}` : entry}`;
  }
}

function megabytes(bytes: number): string {
  return (bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0);
}
