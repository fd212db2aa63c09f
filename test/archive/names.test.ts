import { describe, expect, it } from 'vitest';
import type { ArchiveEvent } from '../../src/archive/events.js';
import { nonportableNameProblem, reportCollisions, unsafeNameProblem } from '../../src/archive/names.js';

describe('entry name checks', () => {
  it.each([
    ['/etc/passwd', 'absolute'],
    ['\\Windows\\System32\\x.dll', 'absolute'],
    ['\\\\host\\share\\x', 'absolute'],
    ['C:\\x', 'absolute'],
    ['c:x', 'absolute'],
    ['../x', 'parent'],
    ['a/../../x', 'parent'],
    ['..\\x', 'parent'],
    ['a\\..\\..\\x', 'parent'],
    ['..', 'parent'],
    ['release\u0000notes.pdf', 'control'],
    ['notes\u001b[31m.txt', 'control'],
    ['notes\u0085.txt', 'control'],
    ['', 'empty'],
  ])('%j is unsafe: %s', (name, problem) => {
    expect(unsafeNameProblem(name)).toBe(problem);
  });

  it.each(['a/b/c.txt', 'a..b/c', '..notes', 'notes..', 'dir/', './a', 'Turmion Kätilöt/Mistä veri pakenee.mp3', '世界'])('%j is safe', (name) => {
    expect(unsafeNameProblem(name)).toBeUndefined();
  });

  it.each([
    ['docs\\guide.pdf', 'backslash'],
    ['notes<1>.txt', 'reserved-character'],
    ['what?.txt', 'reserved-character'],
    ['logs/aux.log', 'reserved-name'],
    ['CON', 'reserved-name'],
    ['lpt1.txt', 'reserved-name'],
    ['folder./x', 'trailing-dot-or-space'],
    ['x /y', 'trailing-dot-or-space'],
  ])('%j is not portable: %s', (name, problem) => {
    expect(nonportableNameProblem(name)).toBe(problem);
  });

  it.each(['a/b/c.txt', 'auxiliary.txt', 'console/x', 'dir/', 'a.b.c'])('%j is portable', (name) => {
    expect(nonportableNameProblem(name)).toBeUndefined();
  });

  it('reports each collision once, against the first holder, ignoring directories', () => {
    const events: ArchiveEvent[] = [];
    const entries = ['Docs/', 'docs/', 'README', 'readme', 'ReadMe', 'a', 'a', 'a', 'é', 'e\u0301', '__proto__', 'constructor'].map((name) => ({ name, directory: name.endsWith('/') }));
    reportCollisions('x.zip', entries, (event) => events.push(event));
    expect(events).toEqual([
      { type: 'duplicate-name', path: 'x.zip!/readme', other: 'x.zip!/README', collision: 'case' },
      { type: 'duplicate-name', path: 'x.zip!/ReadMe', other: 'x.zip!/README', collision: 'case' },
      { type: 'duplicate-name', path: 'x.zip!/a', other: 'x.zip!/a', collision: 'exact' },
      { type: 'duplicate-name', path: 'x.zip!/e\u0301', other: 'x.zip!/é', collision: 'normalization' },
    ]);
  });
});
