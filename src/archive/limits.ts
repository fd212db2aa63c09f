/**
 * Resource limits enforced while reading, on bytes actually produced (headers lie).
 * Defaults stop a 1000:1 deflate bomb after about one MiB of output and an
 * overlapped-entry bomb before any inflating, yet pass a legitimate multi-GB bundle.
 */
export interface Limits {
  /** Bytes produced by inflating, summed over every entry at every depth. */
  maxTotalBytes: number;
  /** Inflated bytes per compressed byte, for one entry and for one archive as a whole. */
  maxRatio: number;
  /** The ratio is judged only once an entry (or archive) has produced this many bytes. */
  ratioThreshold: number;
  /** Entries listed, summed over every archive in the bundle. */
  maxEntries: number;
  /** Archives nested inside the bundle deeper than this are not opened. */
  maxDepth: number;
  /** Wall-clock seconds one bundle may take to read and parse; what is left when they run out is not read. */
  maxSeconds: number;
  /** Wall-clock seconds one document may take to parse; past it, that document is reported unreadable. */
  maxParseSeconds: number;
  /** Memory the documents parsed at once may add to the process, buffers included; past it, the one that needs more is reported unreadable. */
  maxParseMemory: number;
}

export const defaultLimits: Readonly<Limits> = Object.freeze({
  maxTotalBytes: 16 * 2 ** 30,
  maxRatio: 200,
  ratioThreshold: 2 ** 20,
  maxEntries: 100_000,
  maxDepth: 4,
  maxSeconds: 300,
  maxParseSeconds: 20,
  maxParseMemory: 512 * 2 ** 20,
});

/** The archive limits that can trip (the ratio threshold only says when the ratio starts to count; parse limits are documents' own). */
export type LimitName = Exclude<keyof Limits, 'ratioThreshold' | 'maxParseSeconds' | 'maxParseMemory'>;

const units: Record<string, number> = {
  '': 1, b: 1,
  k: 1e3, kb: 1e3, m: 1e6, mb: 1e6, g: 1e9, gb: 1e9, t: 1e12, tb: 1e12,
  kib: 2 ** 10, mib: 2 ** 20, gib: 2 ** 30, tib: 2 ** 40,
};

/** Parses `16GiB`, `500 MB`, `1048576` into a byte count; undefined when it is not one. */
export function parseByteSize(text: string | number): number | undefined {
  if (typeof text === 'number') return Number.isSafeInteger(text) && text >= 0 ? text : undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const factor = match ? units[match[2]!.toLowerCase()] : undefined;
  if (!match || factor === undefined) return undefined;
  const bytes = Math.round(Number(match[1]) * factor);
  return Number.isSafeInteger(bytes) ? bytes : undefined;
}

/** Why something was not done once the bundle's time ran out: "the bundle's 300 s budget (limits.maxSeconds) ran out". */
export function timeRanOut(maxSeconds: number): string {
  return `the bundle's ${maxSeconds} s budget (limits.maxSeconds) ran out`;
}

/** Human form of a byte count for messages: `1.9 GiB`, `512 B`. */
export function formatBytes(bytes: number): string {
  const steps = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let step = 0;
  while (value >= 1024 && step < steps.length - 1) {
    value /= 1024;
    step += 1;
  }
  return step === 0 ? `${value} B` : `${value.toFixed(value < 10 ? 1 : 0)} ${steps[step]}`;
}
