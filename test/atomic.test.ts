// A report is a set of files that must change as one: written into a new
// folder and swapped in, and a swap cut short by a kill completed by the next run.

import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { writeFileAtomic, writeFolder } from '../pipeline/atomic.ts';
import { tempDir } from './support/temp.ts';

const root = tempDir();
let n = 0;
const place = () => {
  const parent = join(root, `p${++n}`);
  mkdirSync(parent);
  return { parent, dir: join(parent, 'reports') };
};
const read = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('writeFolder', () => {
  it('replaces the set as one folder, keeping the other files the folder held', async () => {
    const { parent, dir } = place();
    await writeFolder(dir, [['a.md', 'a1'], ['b.json', 'b1']]);
    writeFileSync(join(dir, 'README.md'), 'readme');
    await writeFolder(dir, [['a.md', 'a2'], ['b.json', 'b2']]);
    expect(read(dir)).toEqual({ 'README.md': 'readme', 'a.md': 'a2', 'b.json': 'b2' });
    expect(readdirSync(parent)).toEqual(['reports']);
  });

  it('finishes a swap a kill cut between its two renames, and drops a folder a kill left half-written', async () => {
    const { parent, dir } = place();
    // The old folder was renamed away; the new one, complete, was never renamed in.
    mkdirSync(join(parent, 'reports.old-11'));
    writeFileSync(join(parent, 'reports.old-11', 'a.md'), 'a1');
    mkdirSync(join(parent, 'reports.new-11'));
    writeFileSync(join(parent, 'reports.new-11', 'a.md'), 'a2');
    writeFileSync(join(parent, 'reports.new-11', 'notes.txt'), 'kept');
    writeFileSync(join(parent, 'reports.new-11', '.complete'), '');
    // Another run was killed while writing its new folder.
    mkdirSync(join(parent, 'reports.new-12'));
    writeFileSync(join(parent, 'reports.new-12', 'a.md'), 'half');
    await writeFolder(dir, [['a.md', 'a3']]);
    expect(read(dir)).toEqual({ 'a.md': 'a3', 'notes.txt': 'kept' });
    expect(readdirSync(parent)).toEqual(['reports']);
  });

  it('replaces files one by one in a folder that holds folders of its own', async () => {
    const { dir } = place();
    mkdirSync(join(dir, 'keep', 'deep'), { recursive: true });
    writeFileSync(join(dir, 'a.md'), 'a1');
    await writeFolder(dir, [['a.md', 'a2']]);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('a2');
    expect(existsSync(join(dir, 'keep', 'deep'))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'keep']);
  });

  it('pauses after each file it renders, so that Ctrl-C is heard before the next is begun and before the swap', async () => {
    for (const nested of [false, true]) {
      const { dir } = place();
      if (nested) mkdirSync(join(dir, 'keep'), { recursive: true });
      const events: string[] = [];
      // An event that comes in while a file is rendered (a signal is one) is handled before the next file is rendered.
      const rendered = (name: string) => () => {
        events.push(name);
        setImmediate(() => events.push(`event during ${name}`));
        return name;
      };
      await writeFolder(dir, [['a.md', rendered('a')], ['b.md', rendered('b')]]);
      expect(events).toEqual(['a', 'event during a', 'b', 'event during b']);
    }
  });

  it('waits for another writer of the folder, and takes over the lock of one that is gone', async () => {
    const { parent, dir } = place();
    const other = spawn('sleep', ['30']);
    try {
      writeFileSync(`${dir}.lock`, `${other.pid}\n`);
      await expect(writeFolder(dir, [['a.md', 'a1']], 300)).rejects.toThrow(new RegExp(`--reports .*reports: reports folder in use by another run \\(pid ${other.pid}\\)`));
      expect(existsSync(dir)).toBe(false);
    } finally {
      other.kill();
    }
    writeFileSync(`${dir}.lock`, '999999999\n'); // no such process
    await writeFolder(dir, [['a.md', 'a2']], 300);
    expect(read(dir)).toEqual({ 'a.md': 'a2' });
    expect(readdirSync(parent)).toEqual(['reports']);
  });
});

// What a write cut short by a full disk throws (writeSync on a file descriptor names no file).
const diskFull = () => {
  throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
};

describe('a file written in pieces', () => {
  it('is the pieces joined, byte for byte, whether they fill the write buffer, pass it or hold characters of several bytes', async () => {
    const { dir } = place();
    // Single characters of one to four bytes in UTF-8 in a mixed order, so that the buffer fills to each possible
    // remainder; longer pieces; a piece larger than the buffer; an empty one.
    const chars = ['a', 'µ', '–', '😀'];
    let seed = 1;
    const single = Array.from({ length: 3_000_000 }, () => chars[((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) & 3]);
    const longer = Array.from({ length: 20_000 }, (_, i) => `${i}: ${'µ–≥😀'.repeat(1 + (i % 40))}\n`);
    const pieces = [...single, ...longer, 'é😀'.repeat(3_000_000), ...single.slice(0, 10_000), ''];
    await writeFolder(dir, [['big.txt', () => pieces]]);
    const written = readFileSync(join(dir, 'big.txt'));
    expect(written.length).toBeGreaterThan(8 << 20);
    expect(written.equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
  });
});

describe('a full disk', () => {
  it('leaves the old set as it was and no half-written folder, and says which reports were not written', async () => {
    const { parent, dir } = place();
    await writeFolder(dir, [['a.md', 'a1'], ['b.json', 'b1']]);
    await expect(writeFolder(dir, [['a.md', 'a2'], ['b.json', diskFull]])).rejects.toThrow(`cannot write the reports in ${dir}: the disk is full (ENOSPC); those there are as they were`);
    expect(read(dir)).toEqual({ 'a.md': 'a1', 'b.json': 'b1' });
    expect(readdirSync(parent).filter((f) => !f.endsWith('.lock'))).toEqual(['reports']);
  });

  it('leaves no temporary files in a folder whose files are replaced one by one', async () => {
    const { dir } = place();
    await writeFolder(dir, [['a.md', 'a1']]);
    mkdirSync(join(dir, 'sub'));
    await expect(writeFolder(dir, [['a.md', 'a2'], ['b.json', diskFull]])).rejects.toThrow(/the disk is full/);
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'sub']);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('a1');
  });
});

describe('writeFileAtomic', () => {
  it('leaves no temporary file beside a target it cannot replace', () => {
    const { parent, dir } = place();
    mkdirSync(dir);
    expect(() => writeFileAtomic(dir, 'text')).toThrow(/EISDIR|directory/);
    expect(readdirSync(parent)).toEqual(['reports']);
  });
});
