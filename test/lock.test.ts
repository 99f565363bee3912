// The lock beside a database: one run at a time, and a lock no run holds never stops the next one.

import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RunLock } from '../pipeline/lock.ts';
import { tempDir } from './support/temp.ts';

const dir = tempDir();

describe('run lock', () => {
  it('takes over a lock file that holds no pid: garbage, or megabytes of something else', () => {
    for (const [name, content] of [['short', 'garbage\n'], ['huge', Buffer.alloc(5 << 20, 0x41)]] as const) {
      const db = join(dir, `${name}.db`);
      writeFileSync(`${db}.lock`, content);
      const lock = RunLock.acquire(db, 0);
      lock.release();
      expect(existsSync(`${db}.lock`), name).toBe(false);
    }
  });

  it('says how to clear a lock whose pid is alive but may not be a run of this tool', () => {
    const db = join(dir, 'pid1.db');
    writeFileSync(`${db}.lock`, '1\n');
    expect(() => RunLock.acquire(db, 0)).toThrow(new RegExp(`in use by another run \\(pid 1\\); wait for it to finish, or remove ${db}\\.lock if no run is going$`));
    expect(existsSync(`${db}.lock`)).toBe(true);
  });

  // A SIGTERM the moment the lock file exists, before this run could have said it holds it: raised by the process itself
  // right after the file is created (fs.openSync wrapped, for the lock's creation only), so the timing is the same on every machine. Once seen only on
  // a loaded machine, where the signal's default action killed the run (no exit code 143) and left the lock file behind.
  it('hears a SIGTERM that comes while the lock file is being made, and releases the lock', () => {
    const db = join(dir, 'early.db');
    const script = [
      "import fs from 'node:fs';",
      "import { syncBuiltinESMExports } from 'node:module';",
      'const open = fs.openSync;',
      "fs.openSync = (...a) => { const fd = open(...a); if (a[1] === 'wx' && String(a[0]).endsWith('.lock')) process.kill(process.pid, 'SIGTERM'); return fd; };",
      'syncBuiltinESMExports();',
      `const { RunLock } = await import(${JSON.stringify(join(import.meta.dirname, '../pipeline/lock.ts'))});`,
      `RunLock.acquire(${JSON.stringify(db)}, 0);`,
      'setTimeout(() => {}, 5000);',
    ].join('\n');
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect({ status: r.status, signal: r.signal }, r.stderr).toEqual({ status: 143, signal: null });
    expect(existsSync(`${db}.lock`)).toBe(false);
  });

  // A full disk lets the lock file be made but not hold the pid. The run's file-size limit set to nothing (ulimit -f 0)
  // fails the write the same way (EFBIG for ENOSPC) without filling a disk.
  it('leaves no empty lock file when the pid cannot be written into it', () => {
    const db = join(dir, 'full.db');
    const script = `const { RunLock } = await import(${JSON.stringify(join(import.meta.dirname, '../pipeline/lock.ts'))}); RunLock.acquire(${JSON.stringify(db)}, 0);`;
    const r = spawnSync('bash', ['-c', 'ulimit -f 0; exec "$0" "$@"', process.execPath, '--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 20_000,
      // tsx's cache of transpiled files could not be written either.
      env: { ...process.env, TSX_DISABLE_CACHE: '1' },
    });
    expect(r.stderr).toContain(`cannot create lock file ${db}.lock`);
    expect(r.status).not.toBe(0);
    expect(existsSync(`${db}.lock`)).toBe(false);
  });
});
