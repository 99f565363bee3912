// Runs the real CLI in a child process, as a user would.

import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function startCli(args: string[], env: Record<string, string> = {}): { child: ChildProcess; done: Promise<CliResult> } {
  // The command users run, in this process (no wrapper that a SIGKILL would leave running): the build that
  // `npm ci` made, or the sources through tsx where one was edited since (bin/exoevidence.js decides).
  const child = spawn(process.execPath, ['--no-regexp-tier-up', join(ROOT, 'bin/exoevidence.js'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<CliResult>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

export const runCli = (args: string[], env: Record<string, string> = {}) => startCli(args, env).done;
