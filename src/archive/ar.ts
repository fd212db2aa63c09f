import type { Budget } from './budget.js';
import type { ChunkSink } from './entry-data.js';
import { joinPath, type ArchiveEvent } from './events.js';
import { checkName, reportCollisions } from './names.js';

export const AR_MAGIC = Buffer.from('!<arch>\n', 'latin1');
const THIN_MAGIC = Buffer.from('!<thin>\n', 'latin1');
const HEADER_BYTES = 60;
const MAX_NAME_TABLE_BYTES = 1 << 20;
/** A BSD name (`#1/<length>`, the name before the data) is a path: longer than a system's longest path, it is no name (and held while it arrives). */
const MAX_BSD_NAME_BYTES = 4096;
/** Index members of static libraries: not delivered files. */
const SYMBOL_TABLES = new Set(['/', '/SYM64/', '__.SYMDEF', '__.SYMDEF SORTED', '__.SYMDEF_64', '__.SYMDEF_64 SORTED']);

export interface ArMember {
  readonly name: string;
  readonly path: string;
  readonly size: number;
  readonly mode: number;
  readonly modified: Date | undefined;
  /** Offset of the member's data from the start of the ar archive. */
  readonly dataOffset: number;
}

/** What the bundle builder does with each member: a sink for its data, then its outcome. */
export interface ArMemberHandler {
  begin(member: ArMember): ChunkSink;
  end(member: ArMember, complete: boolean): Promise<void>;
}

type Pending =
  | { kind: 'magic' }
  | { kind: 'header' }
  | { kind: 'bsd-name'; header: RawHeader }
  | { kind: 'member'; member: ArMember; sink: ChunkSink; remaining: number }
  | { kind: 'skip'; remaining: number }
  | { kind: 'name-table'; remaining: number }
  | { kind: 'padding' }
  | { kind: 'stopped' };

interface RawHeader {
  name: string;
  size: number;
  mode: number;
  modified: Date | undefined;
}

/**
 * A push parser for `ar` archives (VIBs, .deb, static libraries), fed the archive's bytes as
 * they are read from the archive that holds it: members are hashed in the same pass, and an
 * ar archive never needs random access. Header fields are ASCII, space padded:
 * name[16] mtime[12] uid[6] gid[6] mode[8] size[10] magic[2] = "`\n".
 */
export class ArParser implements ChunkSink {
  private state: Pending = { kind: 'magic' };
  private held = Buffer.alloc(0);
  private offset = 0;
  private longNames = '';
  private readonly members: { name: string; directory: boolean }[] = [];

  constructor(
    private readonly archivePath: string,
    private readonly budget: Budget,
    private readonly emit: (event: ArchiveEvent) => void,
    private readonly handler: ArMemberHandler,
  ) {}

  async write(chunk: Buffer): Promise<void> {
    let input = chunk;
    while (input.length > 0 && this.state.kind !== 'stopped') {
      const state = this.state;
      if (state.kind === 'member' || state.kind === 'skip' || state.kind === 'name-table') {
        const take = Math.min(state.remaining, input.length);
        const piece = input.subarray(0, take);
        input = input.subarray(take);
        this.offset += take;
        state.remaining -= take;
        if (state.kind === 'member') await state.sink.write(piece);
        if (state.kind === 'name-table') this.longNames += piece.toString('latin1');
        if (state.remaining === 0) await this.afterData(state);
        continue;
      }
      const need = this.bytesNeeded(state);
      const take = Math.min(need - this.held.length, input.length);
      this.held = Buffer.concat([this.held, input.subarray(0, take)]);
      input = input.subarray(take);
      this.offset += take;
      if (this.held.length < need) continue;
      const bytes = this.held;
      this.held = Buffer.alloc(0);
      await this.onFixedBytes(state, bytes);
    }
  }

  /** Called once the containing data ended: a member cut short is a truncated archive. */
  async finish(): Promise<void> {
    const state = this.state;
    if (state.kind === 'member') await this.handler.end(state.member, false);
    const clean = state.kind === 'stopped' || state.kind === 'padding' || (state.kind === 'header' && this.held.length === 0);
    if (!clean) this.fail(`truncated at byte ${this.offset}: the last member is incomplete`);
    reportCollisions(this.archivePath, this.members, this.emit);
  }

  private bytesNeeded(state: Pending): number {
    switch (state.kind) {
      case 'magic': return AR_MAGIC.length;
      case 'header': return HEADER_BYTES;
      case 'bsd-name': return Number(state.header.name.slice(3));
      default: return 1;
    }
  }

  private async onFixedBytes(state: Pending, bytes: Buffer): Promise<void> {
    switch (state.kind) {
      case 'magic':
        if (bytes.equals(THIN_MAGIC)) return this.fail('a thin archive: its members are stored outside it');
        if (!bytes.equals(AR_MAGIC)) return this.fail('not an ar archive: the "!<arch>" signature is missing');
        this.state = { kind: 'header' };
        return;
      case 'header':
        return this.onHeader(bytes);
      case 'bsd-name': {
        // The name is padded with NULs: cut at the last other byte (a pattern would be tried from each NUL of a run).
        let end = bytes.length;
        while (end > 0 && bytes[end - 1] === 0) end -= 1;
        const name = bytes.toString('utf8', 0, end);
        return this.beginMember({ ...state.header, name }, state.header.size - bytes.length);
      }
      case 'padding':
        this.state = { kind: 'header' };
        return;
    }
  }

  private async onHeader(bytes: Buffer): Promise<void> {
    const field = (start: number, length: number) => bytes.toString('latin1', start, start + length).trimEnd();
    if (bytes.toString('latin1', 58, 60) !== '`\n') return this.fail(`member header at byte ${this.offset - HEADER_BYTES} is corrupt (no "\`\\n" terminator)`);
    const sizeText = field(48, 10);
    if (!/^\d+$/.test(sizeText)) return this.fail(`member header at byte ${this.offset - HEADER_BYTES} has a size that is not a number: "${sizeText}"`);
    const seconds = Number(field(16, 12));
    const header: RawHeader = {
      name: field(0, 16),
      size: Number(sizeText),
      mode: parseInt(field(40, 8), 8) || 0,
      modified: Number.isFinite(seconds) && field(16, 12) !== '' ? new Date(seconds * 1000) : undefined,
    };
    if (header.name === '//') {
      if (header.size > MAX_NAME_TABLE_BYTES) return this.fail(`its long-name table declares ${header.size} bytes, more than the ${MAX_NAME_TABLE_BYTES} allowed`);
      this.state = { kind: 'name-table', remaining: header.size };
      return this.emptyCheck(header.size);
    }
    if (SYMBOL_TABLES.has(header.name)) {
      this.state = { kind: 'skip', remaining: header.size };
      return this.emptyCheck(header.size);
    }
    const bsd = /^#1\/(\d+)$/.exec(header.name);
    if (bsd) {
      if (Number(bsd[1]) > header.size) return this.fail(`member "${header.name}" has a name longer than its data`);
      if (Number(bsd[1]) > MAX_BSD_NAME_BYTES) return this.fail(`member "${header.name}" declares a name of ${bsd[1]} bytes, more than the ${MAX_BSD_NAME_BYTES} allowed`);
      this.state = { kind: 'bsd-name', header };
      return;
    }
    const gnu = /^\/(\d+)$/.exec(header.name);
    const name = gnu ? this.longName(Number(gnu[1])) : header.name.replace(/\/$/, '');
    if (name === undefined) return this.fail(`member "${header.name}" refers to a long name that is not in the name table`);
    return this.beginMember({ ...header, name }, header.size);
  }

  private longName(at: number): string | undefined {
    if (at >= this.longNames.length) return undefined;
    const end = this.longNames.indexOf('\n', at);
    return this.longNames.slice(at, end < 0 ? undefined : end).replace(/\/$/, '');
  }

  private async beginMember(header: RawHeader, dataBytes: number): Promise<void> {
    if (!this.budget.countEntry(this.archivePath, this.emit)) {
      this.state = { kind: 'stopped' };
      return;
    }
    const path = joinPath(this.archivePath, header.name);
    checkName(header.name, path, this.emit);
    this.members.push({ name: header.name, directory: false });
    const member: ArMember = { name: header.name, path, size: dataBytes, mode: header.mode, modified: header.modified, dataOffset: this.offset };
    const sink = this.handler.begin(member);
    this.state = { kind: 'member', member, sink, remaining: dataBytes };
    await this.emptyCheck(dataBytes);
  }

  /** A member with no data ends as soon as it begins. */
  private async emptyCheck(remaining: number): Promise<void> {
    if (remaining === 0) await this.afterData(this.state);
  }

  private async afterData(state: Pending): Promise<void> {
    if (state.kind === 'member') await this.handler.end(state.member, true);
    // Data is padded to an even offset.
    this.state = this.offset % 2 === 1 ? { kind: 'padding' } : { kind: 'header' };
  }

  private fail(reason: string): void {
    this.state = { kind: 'stopped' };
    this.emit({ type: 'unreadable', path: this.archivePath, reason });
  }
}
