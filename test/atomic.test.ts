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
  it('replaces the set as one folder, keeping the other files the folder held', () => {
    const { parent, dir } = place();
    writeFolder(dir, [['a.md', 'a1'], ['b.json', 'b1']]);
    writeFileSync(join(dir, 'README.md'), 'readme');
    writeFolder(dir, [['a.md', 'a2'], ['b.json', 'b2']]);
    expect(read(dir)).toEqual({ 'README.md': 'readme', 'a.md': 'a2', 'b.json': 'b2' });
    expect(readdirSync(parent)).toEqual(['reports']);
  });

  it('finishes a swap a kill cut between its two renames, and drops a folder a kill left half-written', () => {
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
    writeFolder(dir, [['a.md', 'a3']]);
    expect(read(dir)).toEqual({ 'a.md': 'a3', 'notes.txt': 'kept' });
    expect(readdirSync(parent)).toEqual(['reports']);
  });

  it('replaces files one by one in a folder that holds folders of its own', () => {
    const { dir } = place();
    mkdirSync(join(dir, 'keep', 'deep'), { recursive: true });
    writeFileSync(join(dir, 'a.md'), 'a1');
    writeFolder(dir, [['a.md', 'a2']]);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('a2');
    expect(existsSync(join(dir, 'keep', 'deep'))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'keep']);
  });

  it('waits for another writer of the folder, and takes over the lock of one that is gone', () => {
    const { parent, dir } = place();
    const other = spawn('sleep', ['30']);
    try {
      writeFileSync(`${dir}.lock`, `${other.pid}\n`);
      expect(() => writeFolder(dir, [['a.md', 'a1']], 300)).toThrow(new RegExp(`--reports .*reports: reports folder in use by another run \\(pid ${other.pid}\\)`));
      expect(existsSync(dir)).toBe(false);
    } finally {
      other.kill();
    }
    writeFileSync(`${dir}.lock`, '999999999\n'); // no such process
    writeFolder(dir, [['a.md', 'a2']], 300);
    expect(read(dir)).toEqual({ 'a.md': 'a2' });
    expect(readdirSync(parent)).toEqual(['reports']);
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
