// Reads a small text file a user names (a query, overrides, a filled-in review,
// hand labels). readFileSync alone blocks for ever on a FIFO and, given
// /dev/zero or a runaway file, reads until memory runs out: only a regular file
// is read, and only up to a size no file of this kind comes near.

import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { UserError } from './errors.ts';

// The largest of these files are hand labels and manual corrections: thousands of rows, well under a MB.
export const MAX_TEXT_BYTES = 64 << 20;

/** The file's text (UTF-8); errors start with `name` (the file, or the option and the file). */
export function readText(file: string, name: string = file, maxBytes = MAX_TEXT_BYTES): string {
  let fd: number;
  try {
    // Non-blocking: opening a FIFO for reading otherwise waits for a writer before fstat can refuse it.
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`${name}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? (e as Error).message})`}`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new UserError(`${name}: not a regular file`);
    if (stat.size > maxBytes) throw new UserError(`${name}: ${Math.ceil(stat.size / (1 << 20))} MB, larger than any file of this kind (${maxBytes >> 20} MB at most)`);
    // Read to the end, but never past the cap: the file may grow while it is read.
    const buf = Buffer.alloc(Math.min(maxBytes, stat.size) + 1);
    let n = 0;
    for (let got = 1; got > 0 && n < buf.length; n += got) got = readSync(fd, buf, n, buf.length - n, n);
    if (n > maxBytes) throw new UserError(`${name}: grew past ${maxBytes >> 20} MB while it was read`);
    // A byte-order mark (Notepad and Excel write one) is no part of the text: JSON.parse refuses it.
    const text = buf.toString('utf8', 0, n);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`${name}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  } finally {
    closeSync(fd);
  }
}
