import { describe, expect, it } from 'vitest';
import { writeAr } from '../../fixtures/ar-writer.js';
import { ArParser, type ArMember } from '../../src/archive/ar.js';
import { Budget } from '../../src/archive/budget.js';
import type { ArchiveEvent } from '../../src/archive/events.js';
import { defaultLimits } from '../../src/archive/limits.js';

/** Feeds `bytes` in chunks of `chunk` bytes and returns members with their data and the events. */
async function parse(bytes: Buffer, chunk = 7, limits = defaultLimits) {
  const events: ArchiveEvent[] = [];
  const members: { name: string; data: string; complete: boolean; offset: number }[] = [];
  const parts = new Map<ArMember, Buffer[]>();
  const parser = new ArParser('x.vib', new Budget(limits), (event) => events.push(event), {
    begin: (member) => {
      parts.set(member, []);
      return { write: (piece: Buffer) => void parts.get(member)!.push(piece) };
    },
    end: async (member, complete) => {
      members.push({ name: member.name, data: Buffer.concat(parts.get(member)!).toString(), complete, offset: member.dataOffset });
    },
  });
  for (let at = 0; at < bytes.length; at += chunk) await parser.write(bytes.subarray(at, at + chunk));
  await parser.finish();
  return { members, events };
}

const MEMBERS = [
  { name: 'descriptor.xml', data: Buffer.from('<vib/>\n') },
  { name: 'a-member-with-a-long-name.txt', data: Buffer.from('odd') },
  { name: 'payload', data: Buffer.from('') },
  { name: 'another-long-name-for-the-table', data: Buffer.from('even') },
];

describe('the ar reader', () => {
  it.each(['gnu', 'bsd'] as const)('reads %s archives in any chunking, with long names, odd sizes and empty members', async (style) => {
    const bytes = writeAr(MEMBERS, style);
    for (const chunk of [1, 7, 60, 4096]) {
      const { members, events } = await parse(bytes, chunk);
      expect(events).toEqual([]);
      expect(members.map(({ name, data, complete }) => ({ name, data, complete }))).toEqual(
        MEMBERS.map(({ name, data }) => ({ name, data: data.toString(), complete: true })),
      );
      for (const member of members) expect(bytes.toString('latin1', member.offset, member.offset + member.data.length)).toBe(member.data);
    }
  });

  it('reports a truncated archive, and the member cut short as incomplete', async () => {
    const bytes = writeAr(MEMBERS).subarray(0, -3);
    const { members, events } = await parse(bytes);
    expect(members.at(-1)).toMatchObject({ name: 'another-long-name-for-the-table', complete: false });
    expect(events).toEqual([{ type: 'unreadable', path: 'x.vib', reason: `truncated at byte ${bytes.length}: the last member is incomplete` }]);
  });

  it('reads a BSD name padded with NULs in linear time, and reports one longer than a path as unreadable before holding it', async () => {
    // NULs before the name's last character: the padding pattern was tried from each of them (107 s for 320k).
    const padded = writeAr([{ name: `${'\0'.repeat(4000)}x`, data: Buffer.from('data') }], 'bsd');
    const started = performance.now();
    expect((await parse(padded, 4096)).members.map(({ name, data }) => ({ name: name.length, data }))).toEqual([{ name: 4001, data: 'data' }]);
    expect(performance.now() - started).toBeLessThan(1000);
    // A name of 1 MiB was held by copying it again at each chunk (32 s for 128 MiB).
    const long = writeAr([{ name: 'n'.repeat(1 << 20), data: Buffer.from('data') }], 'bsd');
    expect(await parse(long, 65536)).toEqual({ members: [], events: [{ type: 'unreadable', path: 'x.vib', reason: `member "#1/${1 << 20}" declares a name of ${1 << 20} bytes, more than the 4096 allowed` }] });
  });

  it('reports a corrupt member header and stops there', async () => {
    const bytes = Buffer.from(writeAr(MEMBERS));
    bytes.write('xx', 8 + 58, 'latin1');
    const { members, events } = await parse(bytes);
    expect(members).toEqual([]);
    expect(events).toEqual([{ type: 'unreadable', path: 'x.vib', reason: 'member header at byte 8 is corrupt (no "`\\n" terminator)' }]);
  });

  it('reports unsafe member names and duplicates like zip entries', async () => {
    const bytes = writeAr([
      { name: '../../etc/x', data: Buffer.from('1') },
      { name: 'same', data: Buffer.from('2') },
      { name: 'same', data: Buffer.from('3') },
    ]);
    const { events } = await parse(bytes);
    expect(events).toEqual([
      { type: 'unsafe-name', path: 'x.vib!/../../etc/x', problem: 'parent', header: 'central', name: '../../etc/x' },
      { type: 'duplicate-name', path: 'x.vib!/same', other: 'x.vib!/same', collision: 'exact' },
    ]);
  });

  it('stops at the bundle-wide entry limit', async () => {
    const { members, events } = await parse(writeAr(MEMBERS), 7, { ...defaultLimits, maxEntries: 2 });
    expect(members.map((member) => member.name)).toEqual(['descriptor.xml', 'a-member-with-a-long-name.txt']);
    expect(events).toEqual([{ type: 'limit', path: 'x.vib', limit: 'maxEntries', scope: 'bundle', actual: 3, max: 2 }]);
  });
});
