import type { ArchiveEvent } from './events.js';
import type { LimitName, Limits } from './limits.js';

/**
 * The resources one bundle may spend, shared by every archive nested in it. Once a
 * bundle-wide limit trips, reading stops everywhere: what was not read is not guessed at.
 */
export class Budget {
  private entries = 0;
  private inflated = 0;
  /** The bundle-wide limit that stopped reading, if one did. */
  stoppedBy: LimitName | undefined;

  private readonly started = Date.now();

  constructor(readonly limits: Readonly<Limits>) {}

  /** False, once, with the limit's event, when the bundle's time has run out; false from then on. */
  inTime(path: string, emit: (event: ArchiveEvent) => void): boolean {
    if (this.stoppedBy) return false;
    const seconds = (Date.now() - this.started) / 1000;
    if (seconds <= this.limits.maxSeconds) return true;
    this.stop('maxSeconds', path, Math.round(seconds), emit);
    return false;
  }

  /** The moment the bundle's time runs out, in `Date.now()` terms. */
  get deadline(): number {
    return this.started + this.limits.maxSeconds * 1000;
  }

  /** Counts one listed entry; false when the bundle may list no more. */
  countEntry(path: string, emit: (event: ArchiveEvent) => void): boolean {
    if (!this.inTime(path, emit)) return false;
    if (this.entries >= this.limits.maxEntries) {
      this.stop('maxEntries', path, this.entries + 1, emit);
      return false;
    }
    this.entries += 1;
    return true;
  }

  /** Counts bytes produced by inflating; false when the bundle may inflate no more. */
  countInflated(bytes: number, path: string, emit: (event: ArchiveEvent) => void): boolean {
    if (!this.inTime(path, emit)) return false;
    this.inflated += bytes;
    if (this.inflated <= this.limits.maxTotalBytes) return true;
    this.stop('maxTotalBytes', path, this.inflated, emit);
    return false;
  }

  private stop(limit: LimitName, path: string, actual: number, emit: (event: ArchiveEvent) => void): void {
    this.stoppedBy = limit;
    emit({ type: 'limit', path, limit, scope: 'bundle', actual, max: this.limits[limit] });
  }
}
