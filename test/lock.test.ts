// The lock beside a database: one run at a time, and a lock no run holds never stops the next one.

import { describe, expect, it } from 'vitest';
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
});
