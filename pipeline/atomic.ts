// Files other programs read (reports, cached replies) are written to a temporary
// name beside the target and renamed over it, so a reader never sees half a file.

import { renameSync, writeFileSync } from 'node:fs';

export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}
