// One run at a time per database, and one writer at a time per reports folder.
// SQLite would serialise the writes of two runs, but their stages would
// interleave (a classify between another run's fetch batches), and two reports
// swapping one folder would undo each other, so a run that writes takes a lock
// file beside what it writes first. A lock whose process is gone (killed,
// crashed) is stale and taken over.

import { closeSync, existsSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { readText } from './read-text.ts';
import { IN_USE_EXIT, UserError } from './errors.ts';

// A lock file holds a pid; anything longer (or not a file at all) is not one of ours.
const PID_BYTES = 64;

/** How errors name what is locked: "--db data/evidence.db" and "database". */
export interface LockName {
  what: string;
  thing: string;
}

/** Whether a process is running (a lock it left is not stale while it is). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// While a run holds the lock, Ctrl-C and SIGTERM leave through process.exit, so that the lock is
// released on the way out (SQLite rolls back the batch in progress). Without a lock there is nothing
// to release, and the signal's default action stops even a stage busy in one long synchronous step
// (a report, an eval) at once, where a handler would wait for the step to end.
const SIGNALS = [['SIGINT', 130], ['SIGTERM', 143]] as const;
const exitOn = SIGNALS.map(([signal, code]) => [signal, () => process.exit(code)] as const);

export class RunLock {
  private released = false;
  private readonly onExit = () => this.release();

  private constructor(readonly file: string) {
    process.on('exit', this.onExit);
  }

  /**
   * Takes the lock on `path` (a database, or a folder), waiting up to graceMs for a holder that is about
   * to end (a run whose npm was just killed stops within a fraction of a second); a run that goes on past
   * that is refused. `name` is how errors name it.
   */
  static acquire(path: string, graceMs = 3000, name: LockName = { what: `--db ${path}`, thing: 'database' }): RunLock {
    // Heard from before the lock file exists: a signal that comes while it is made is handled once this synchronous
    // step is done, and the lock is released on the way out. Installed only once the file existed, a SIGTERM in
    // between took the default action: no exit code 143, and the lock file left behind (seen on a loaded machine).
    for (const [signal, handler] of exitOn) process.on(signal, handler);
    const until = Date.now() + graceMs;
    for (;;) {
      try {
        return RunLock.tryAcquire(path, name);
      } catch (e) {
        if (!(e instanceof UserError) || e.exitCode !== IN_USE_EXIT || Date.now() >= until) {
          for (const [signal, handler] of exitOn) process.off(signal, handler);
          throw e;
        }
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
      }
    }
  }

  private static tryAcquire(path: string, name: LockName): RunLock {
    const file = `${path}.lock`;
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(file, 'wx');
        try {
          writeSync(fd, `${process.pid}\n`);
        } catch (e) {
          // A full disk lets the file be made but not hold the pid: an empty lock would be left behind.
          closeSync(fd);
          unlinkSync(file);
          throw e;
        }
        closeSync(fd);
        return new RunLock(file);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new UserError(`${name.what}: cannot create lock file ${file} (${(e as Error).message})`);
        let pid = NaN;
        try {
          pid = Number(readText(file, file, PID_BYTES).trim());
        } catch {
          // Removed meanwhile: try again. Still there but unreadable as a pid (megabytes of something else): stale.
          if (!existsSync(file)) continue;
        }
        if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid))
          // A pid is reused once its run is gone (after a reboot, or in another container): say how to clear a lock no run holds.
          throw new UserError(`${name.what}: ${name.thing} in use by another run (pid ${pid}); wait for it to finish, or remove ${file} if no run is going`, IN_USE_EXIT);
        try {
          unlinkSync(file); // stale: its run is gone
        } catch {
          /* another run took it over first; the next attempt tells */
        }
      }
    }
    throw new UserError(`${name.what}: could not take the lock ${file}`, IN_USE_EXIT);
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    process.off('exit', this.onExit);
    try {
      if (Number(readText(this.file, this.file, PID_BYTES).trim()) === process.pid) unlinkSync(this.file);
    } catch {
      /* already gone */
    }
    // Only now: a second Ctrl-C while the lock is let go on the way out is heard, not left to its default action.
    for (const [signal, handler] of exitOn) process.off(signal, handler);
  }
}
