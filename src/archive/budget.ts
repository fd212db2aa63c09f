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

  constructor(readonly limits: Readonly<Limits>) {}

  /** Counts one listed entry; false when the bundle may list no more. */
  countEntry(path: string, emit: (event: ArchiveEvent) => void): boolean {
    if (this.stoppedBy) return false;
    if (this.entries >= this.limits.maxEntries) {
      this.stop('maxEntries', path, this.entries + 1, emit);
      return false;
    }
    this.entries += 1;
    return true;
  }

  /** Counts bytes produced by inflating; false when the bundle may inflate no more. */
  countInflated(bytes: number, path: string, emit: (event: ArchiveEvent) => void): boolean {
    if (this.stoppedBy) return false;
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
