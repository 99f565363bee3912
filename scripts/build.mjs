// The build (npm's "prepare", so `npm ci` runs it): bundles the CLI and the worker
// threads' task module into dist/ with esbuild, so that a command starts without
// transpiling the TypeScript sources each time (tsx costs most of a second).
// Packages stay in node_modules; data files are read from the project folder.
// bin/exoevidence.js uses dist/ only while it is newer than every source file.

import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
rmSync(join(root, 'dist'), { recursive: true, force: true });
await build({
  entryPoints: { cli: join(root, 'pipeline/cli.ts'), tasks: join(root, 'pipeline/workers/tasks.ts') },
  outdir: join(root, 'dist'),
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
