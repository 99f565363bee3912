// Small files a user names (queries, hand labels, corrections, a filled-in review) are read only when they
// are regular files of a sane size: a FIFO used to block for ever, and /dev/zero to fill memory.

import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { truncateSync, writeFileSync } from 'node:fs';
import { MAX_TEXT_BYTES, readText } from '../pipeline/read-text.ts';
import { runCli } from './support/cli.ts';
import { tempDir } from './support/temp.ts';

const dir = tempDir();

describe('readText', () => {
  it('reads a regular file whole, and names the file at fault otherwise', () => {
    const file = join(dir, 'ok.csv');
    writeFileSync(file, 'pmid,field\n1,design\n');
    expect(readText(file)).toBe('pmid,field\n1,design\n');
    expect(() => readText(join(dir, 'missing.csv'), '--gold missing.csv')).toThrow(/^--gold missing\.csv: no such file$/);
    expect(() => readText(dir)).toThrow(new RegExp(`^${dir}: not a regular file$`));
    expect(() => readText('/dev/zero')).toThrow(/^\/dev\/zero: not a regular file$/);
  });

  it('reads a file that starts with a byte-order mark without it, as Notepad and Excel write them', () => {
    const file = join(dir, 'bom.json');
    writeFileSync(file, '\ufeff{"name":"x"}');
    expect(JSON.parse(readText(file))).toEqual({ name: 'x' });
  });

  it('refuses a file larger than the cap before reading it', () => {
    const file = join(dir, 'huge.csv');
    writeFileSync(file, '');
    truncateSync(file, MAX_TEXT_BYTES + 1); // sparse: no disk used
    expect(() => readText(file)).toThrow(/huge\.csv: 65 MB, larger than any file of this kind \(64 MB at most\)/);
    expect(readText(file, file, MAX_TEXT_BYTES + 1)).toHaveLength(MAX_TEXT_BYTES + 1);
  });

  it('refuses a FIFO at once instead of waiting for a writer, in every command that reads such a file', async () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    const records = join(import.meta.dirname, 'fixtures/edge-cases.xml');
    const db = join(dir, 'x.db');
    for (const step of [['import', '--db', db, '--input', records], ['classify', '--db', db]]) expect((await runCli(step)).code).toBe(0);
    for (const [args, name] of [
      [['eval', '--records', records, '--gold', fifo], `--gold ${fifo}`],
      [['review', '--db', db, '--apply', fifo], `review --apply ${fifo}`],
      [['report', '--db', db, '--overrides', fifo, '--reports', join(dir, 'reports')], `${fifo} \\(manual corrections\\)`],
      [['classify', '--db', fifo], `--db ${fifo}`],
    ] as const) {
      const r = await runCli([...args]);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(new RegExp(`${name}: not a regular file`));
    }
  });
});
