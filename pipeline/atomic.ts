// Files other programs read (reports, cached replies) are written to a temporary
// name beside the target and renamed over it, so a reader never sees half a file.

import { readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

/**
 * A set of files that belong together (a report), changed as nearly as one: temporary copies left by a
 * killed run are removed, every file is written in full first, and only then are all renamed into
 * place, so a kill while writing leaves the old set whole.
 */
export function writeFileSet(files: [string, string | Uint8Array][]): void {
  for (const [file] of files) {
    const prefix = `${basename(file)}.tmp-`;
    for (const stale of readdirSync(dirname(file)).filter((f) => f.startsWith(prefix))) rmSync(join(dirname(file), stale), { force: true });
  }
  const tmps = files.map(([file, data]) => {
    const tmp = `${file}.tmp-${process.pid}`;
    writeFileSync(tmp, data);
    return [tmp, file] as const;
  });
  for (const [tmp, file] of tmps) renameSync(tmp, file);
}
