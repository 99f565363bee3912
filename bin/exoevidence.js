#!/usr/bin/env -S node --no-regexp-tier-up
// The exoevidence command (package.json "bin", and every npm script of a stage).
// It runs the build in dist/ (made by `npm ci` through "prepare"), which starts in
// a fraction of the time tsx takes to transpile the sources. A source edited since
// the build would be ignored by it, so then the sources run through tsx instead:
// a stale build is never what runs.
// --no-regexp-tier-up (here and in the npm scripts): V8 first runs a regex in its
// bytecode interpreter and compiles it to machine code later; the rules' regexes
// run on every record, and compiled at once, classify takes a tenth less time
// (measured). On the command line, because V8 calls flags changed at run time
// (v8.setFlagsFromString) unsafe: set that way from loadRules, a run crashed once.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function builtIsCurrent() {
  try {
    return statSync(join(root, 'dist/cli.js')).mtimeMs >= newestSource(join(root, 'pipeline'));
  } catch {
    return false;
  }
}

let cli;
if (builtIsCurrent()) cli = await import('../dist/cli.js');
else {
  const { register } = await import('tsx/esm/api');
  register();
  cli = await import('../pipeline/cli.ts');
}
cli.start();
