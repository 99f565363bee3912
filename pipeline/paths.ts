// The project's folder (the one holding package.json), whence the data files,
// schemas and page assets are read: the same whether the code runs from its
// TypeScript sources (pipeline/...) or from the build (dist/...).

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

function projectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json in ${from} or above`);
  }
}

export const ROOT = projectRoot(import.meta.dirname);
/** Whether this code is the build (dist/), not the TypeScript sources. */
export const BUILT = !import.meta.url.endsWith('.ts');
