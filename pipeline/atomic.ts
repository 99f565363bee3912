// Files other programs read (reports, cached replies) are written to a temporary
// name beside the target and renamed over it, so a reader never sees half a file.

import { closeSync, copyFileSync, existsSync, linkSync, mkdirSync, openSync, readSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from './errors.ts';
import { RunLock } from './lock.ts';
import { nextTurn } from './turn.ts';

// This run's temporary name for a file, beside it (writeEach clears those a killed run left in a reports folder).
const tmpOf = (file: string) => `${file}.tmp-${process.pid}`;

/** Whether a path names a folder. */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Whether a file is one this tool wrote, known by how it begins: a slip of an output option (the database,
 * an input file) must not be replaced. Not a regular file (a FIFO, a device) is none, and opening a FIFO
 * would wait for a writer for ever.
 */
export function writtenHere(file: string, head: string): boolean {
  if (!statSync(file).isFile()) return false;
  const buf = Buffer.alloc(Buffer.byteLength(head));
  const fd = openSync(file, 'r');
  try {
    return readSync(fd, buf, 0, buf.length, 0) === buf.length && buf.toString('utf8') === head;
  } finally {
    closeSync(fd);
  }
}

// A write cut short by a full disk names no file ("ENOSPC: no space left on device, write"): the error says which
// files were not written and that what was there before is still there.
const FULL = new Set(['ENOSPC', 'EDQUOT']);
function unwritten(e: unknown, what: string, kept: string): unknown {
  const code = (e as { code?: string })?.code ?? '';
  return FULL.has(code) ? new UserError(`cannot write ${what}: the disk is full (${code}); ${kept}`) : e;
}

export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const tmp = tmpOf(file);
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (e) {
    // A full disk or a folder in the way: no half-written file is left beside the target.
    rmSync(tmp, { force: true });
    throw unwritten(e, file, 'the file is as it was');
  }
}

/**
 * A file's content, whole or as pieces written one after another (a report's browser is 100 MB for 40,000
 * real abstracts: joined, the string alone took seconds to flatten and encode), or what makes it: rendered
 * just before it is written, so that a set's files are never all held at once.
 */
export type Content = string | Uint8Array | Iterable<string>;
export type FileSource = Content | (() => Content | Promise<Content>);
const contentOf = (data: FileSource) => (typeof data === 'function' ? data() : data);

// Pieces are encoded one by one into a buffer of a few megabytes, written when full: one write a piece would be
// thousands of calls for a browser, and joining pieces into one string first copied every byte once more (half a
// second of a 50,000-study report, measured).
const WRITE_BYTES = 4 << 20;
let writeBuffer: Buffer | null = null;

function writeContent(file: string, content: Content): void {
  if (typeof content === 'string' || content instanceof Uint8Array) return writeFileSync(file, content);
  const fd = openSync(file, 'w');
  const buf = (writeBuffer ??= Buffer.allocUnsafe(WRITE_BYTES));
  let used = 0;
  const write = (bytes: Uint8Array, length: number) => {
    for (let at = 0; at < length; ) at += writeSync(fd, bytes, at, length - at);
  };
  try {
    for (const piece of content) {
      // A UTF-16 unit takes at most three bytes in UTF-8.
      if (piece.length * 3 <= buf.length - used) {
        used += buf.write(piece, used, 'utf8');
        continue;
      }
      write(buf, used);
      used = 0;
      if (piece.length * 3 <= buf.length) used = buf.write(piece, 0, 'utf8');
      else {
        const bytes = Buffer.from(piece, 'utf8');
        write(bytes, bytes.length);
      }
    }
    write(buf, used);
  } finally {
    closeSync(fd);
  }
}

/**
 * A set of files that belong together (a report), changed as one. The set is written in full into a new
 * folder beside `dir`, with everything else `dir` holds linked in, and the folder is then swapped in by
 * two renames; a run killed between them is completed by the next, and a half-written folder left by a
 * killed run is removed. A reader sees the old set or the new one, never a mix. One writer at a time
 * (a lock beside the folder; another waits up to a minute): two swaps at once would undo each other.
 * A folder that holds folders of its own (a --reports pointed at a busy folder) is not swapped: its
 * files are then replaced one by one, each whole, after all are written.
 */
export async function writeFolder(dir: string, files: [string, FileSource][], waitMs = 60_000): Promise<void> {
  const lock = RunLock.acquire(dir, waitMs, { what: `--reports ${dir}`, thing: 'reports folder' });
  try {
    await swapFolder(dir, files);
  } catch (e) {
    throw unwritten(e, `the reports in ${dir}`, 'those there are as they were');
  } finally {
    lock.release();
  }
}

async function swapFolder(dir: string, files: [string, FileSource][]): Promise<void> {
  const parent = dirname(dir);
  const name = basename(dir);
  const newPrefix = `${name}.new-`;
  const oldPrefix = `${name}.old-`;
  const siblings = () => readdirSync(parent).filter((f) => f.startsWith(newPrefix) || f.startsWith(oldPrefix));
  // With the lock held, folders beside this one are a killed run's. A swap cut between its two
  // renames left no folder but a complete new one: finish it.
  if (!existsSync(dir)) {
    const done = siblings().find((f) => f.startsWith(newPrefix) && existsSync(join(parent, f, '.complete')));
    if (done) renameSync(join(parent, done), dir);
  }
  for (const f of siblings()) rmSync(join(parent, f), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const written = new Set(files.map(([file]) => file));
  const others = readdirSync(dir).filter((f) => !written.has(f) && !f.includes('.tmp-'));
  if (others.some((f) => !statSync(join(dir, f)).isFile())) return writeEach(dir, files);

  const next = join(parent, `${newPrefix}${process.pid}`);
  mkdirSync(next);
  try {
    await writeAll(files, (file) => join(next, file));
    for (const f of others) linkOrCopy(join(dir, f), join(next, f));
    writeFileSync(join(next, '.complete'), '');
  } catch (e) {
    // The next run would remove the half-written set too, but a full disk wants its space back now.
    rmSync(next, { recursive: true, force: true });
    throw e;
  }
  const old = join(parent, `${oldPrefix}${process.pid}`);
  renameSync(dir, old);
  renameSync(next, dir);
  rmSync(join(dir, '.complete'), { force: true });
  rmSync(old, { recursive: true, force: true });
}

/**
 * Each file rendered and written where `at` says, with a pause after each (rendering one can take seconds), the
 * last one before the set is swapped in: while the lock is held, a signal waits for its handler, and one that came
 * in during the last file would be lost once it is let go.
 */
async function writeAll(files: [string, FileSource][], at: (file: string) => string): Promise<void> {
  for (const [file, data] of files) {
    writeContent(at(file), await contentOf(data));
    await nextTurn();
  }
}

function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** Each file written to a temporary name, and all renamed into place once all are written. */
async function writeEach(dir: string, files: [string, FileSource][]): Promise<void> {
  for (const stale of readdirSync(dir).filter((f) => f.includes('.tmp-'))) rmSync(join(dir, stale), { force: true });
  try {
    await writeAll(files, (file) => tmpOf(join(dir, file)));
  } catch (e) {
    for (const [file] of files) rmSync(tmpOf(join(dir, file)), { force: true });
    throw e;
  }
  for (const [file] of files) renameSync(tmpOf(join(dir, file)), join(dir, file));
}
