// Stage 2b, import: loads PubMed records from files instead of the network.
// Reads PubMed XML (efetch output or an export), gzip'd baseline/update files
// (.xml.gz, streamed: only the current record is held in memory; their
// DeleteCitation entries remove records) and MEDLINE text (.nbib/.txt). The
// format is told from the content, not the name. Each file is imported in one
// transaction: bad input leaves the database as it was, and an unchanged file
// already imported is skipped.

import { createReadStream, openSync, readSync, closeSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createGunzip, type ZlibOptions } from 'node:zlib';
import type { TransformOptions } from 'node:stream';
import type { Store } from '../store/db.ts';
import { xmlRecords, type XmlItem } from '../pubmed/xml-records.ts';
import { Pool } from '../workers/pool.ts';
import type { ParseResult, RowResult } from '../workers/tasks.ts';
import { medlineRecord, medlineRecords } from '../pubmed/parse-medline.ts';
import { recordColumns, type RecordRow } from '../store/rows.ts';
import type { PubmedRecord, SourcedRecord } from '../types.ts';
import { Progress } from '../progress.ts';
import { UserError } from '../errors.ts';

// Records are written 100 at a time inside the file's one transaction: a smaller batch holds fewer
// records alive, and that, not SQLite, is what sets import's peak memory.
const BATCH = 100;

export interface ImportSummary {
  file: string;
  format: 'xml' | 'xml.gz' | 'medline';
  records: number;
  deleted: number;
  skipped: boolean;
  /** Records whose bytes were not all valid UTF-8: read with U+FFFD in their place, and named. */
  invalidText: InvalidText[];
}

export type FileFormat = ImportSummary['format'];

/** Tells the format from the first bytes: gzip magic, '<' for XML, a MEDLINE tag line otherwise. */
export function sniffFormat(file: string): FileFormat {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw new UserError(`${file}: cannot open (${(e as NodeJS.ErrnoException).code})`);
  }
  const head = Buffer.alloc(512);
  const n = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  if (n === 0) throw new UserError(`${file}: empty file`);
  if (head[0] === 0x1f && head[1] === 0x8b) return 'xml.gz';
  // A BOM, or '<' with a zero byte beside it: text saved as UTF-16 by an editor or another tool.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff) || (n > 1 && head.subarray(0, 2).includes(0) && head.subarray(0, 2).includes(0x3c)))
    throw new UserError(`${file}: UTF-16 text; PubMed files are UTF-8: convert it first (iconv -f UTF-16 -t UTF-8)`);
  const text = head.subarray(0, n).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (text === '') throw new UserError(`${file}: empty file`);
  if (text.startsWith('<')) return 'xml';
  if (/^[A-Z][A-Z0-9]{0,3} {0,3}- /.test(text)) return 'medline';
  throw new UserError(`${file}: neither PubMed XML nor MEDLINE text`);
}

/** The file's bytes, gunzipped if need be: decoding is left to the record scanner. */
export async function* byteChunks(file: string, gz: boolean): AsyncGenerator<Buffer> {
  const stream = createReadStream(file, { highWaterMark: 1 << 16 });
  // zlib inflates on libuv's thread pool; large chunks and a 4 MB read buffer (zlib hands stream
  // options on) let it run ahead while records are parsed, where it otherwise waits (10% on import).
  const gunzipOptions: ZlibOptions & TransformOptions = { chunkSize: 1 << 18, readableHighWaterMark: 1 << 22 };
  const source = gz ? stream.pipe(createGunzip(gunzipOptions)) : stream;
  if (gz) stream.on('error', (e) => source.destroy(e));
  try {
    for await (const chunk of source) yield chunk as Buffer;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(
      code === 'Z_BUF_ERROR' || code === 'Z_DATA_ERROR' ? `${file}: corrupt or truncated gzip (${(e as Error).message})` : `${file}: ${(e as Error).message}`,
    );
  }
}

/** A record, with what was wrong with its bytes (`invalid`: which record, how many bytes were not UTF-8), or a deletion. */
type FileItem<T> = { kind: 'record'; value: T; invalid?: InvalidText } | { kind: 'delete'; pmids: string[] };

export interface InvalidText {
  record: string;
  bytes: number;
}

const PARSE_BATCH = 200;

/** What a file's records are read as: records (eval, explain), or rows ready to store (import). */
interface ReadAs<T> {
  task: 'parse' | 'row';
  fromXml: (result: ParseResult | RowResult) => T;
  fromRecord: (record: PubmedRecord) => T;
}

const AS_RECORDS: ReadAs<SourcedRecord> = {
  task: 'parse',
  fromXml: (r) => ({ record: (r as { record: PubmedRecord }).record, origin: 'file' }),
  fromRecord: (record) => ({ record, origin: 'file' }),
};
const AS_ROWS: ReadAs<RecordRow> = {
  task: 'row',
  fromXml: (r) => ({ columns: (r as { columns: RecordRow['columns'] }).columns, origin: 'file' }),
  fromRecord: (record) => ({ columns: recordColumns(record), origin: 'file' }),
};

/** How messages name an XML record: its place in the file, and its PMID when it has one. */
function recordName(item: Extract<XmlItem, { kind: 'article' }>): string {
  const pmid = /<PMID[^>]*>(\d+)</.exec(item.xml)?.[1];
  return `record ${item.index}${pmid ? ` (PMID ${pmid})` : ''}`;
}

/** Every record of a file in order; deletions come as their own items. */
export function readRecordFile(file: string, format: FileFormat = sniffFormat(file), pool?: Pool): AsyncGenerator<FileItem<SourcedRecord>> {
  return readFileAs(AS_RECORDS, file, format, pool);
}

/**
 * A file's records in order, as they are read: with worker threads, XML records are parsed in
 * batches, several in flight at once. Without, each is parsed as it comes: records held in batches
 * outlive the young generation, and the heap then grows with their garbage.
 */
async function* readFileAs<T>(as: ReadAs<T>, file: string, format: FileFormat, pool?: Pool): AsyncGenerator<FileItem<T>> {
  if (format === 'medline') {
    try {
      for await (const fields of medlineRecords(byteChunks(file, false))) {
        const record = medlineRecord(fields);
        const invalid = fields.invalidBytes ? { record: `record at line ${fields.line} (PMID ${record.pmid})`, bytes: fields.invalidBytes } : undefined;
        yield { kind: 'record', value: as.fromRecord(record), invalid };
      }
    } catch (e) {
      throw e instanceof UserError ? e : new UserError(`${file}: ${(e as Error).message}`);
    }
    return;
  }
  const parser = pool ?? new Pool(as.task, 0);
  const inFlight: { batch: Extract<XmlItem, { kind: 'article' }>[]; results: Promise<(ParseResult | RowResult)[]> }[] = [];
  let batch: Extract<XmlItem, { kind: 'article' }>[] = [];
  const send = () => {
    if (batch.length) inFlight.push({ batch, results: parser.run<ParseResult | RowResult>(batch.map((b) => b.xml)) });
    batch = [];
  };
  async function* drain(keep: number): AsyncGenerator<FileItem<T>> {
    while (inFlight.length > keep) {
      const { batch: sent, results } = inFlight.shift()!;
      const parsed = await results;
      for (let i = 0; i < sent.length; i++) {
        const r = parsed[i];
        if ('error' in r) throw new UserError(`${file}: ${recordName(sent[i])}: ${r.error}`);
        const invalid = sent[i].invalidBytes ? { record: recordName(sent[i]), bytes: sent[i].invalidBytes } : undefined;
        yield { kind: 'record', value: as.fromXml(r), invalid };
      }
    }
  }
  const items = xmlRecords(byteChunks(file, format === 'xml.gz'));
  for (;;) {
    let next;
    try {
      next = await items.next();
    } catch (e) {
      throw e instanceof UserError ? e : new UserError(`${file}: ${(e as Error).message}`);
    }
    if (next.done) break;
    const item = next.value;
    if (item.kind === 'article') {
      batch.push(item);
      if (batch.length >= (parser.size ? PARSE_BATCH : 1)) send();
      yield* drain(parser.size * 2);
    } else {
      send();
      yield* drain(0); // deletions apply to what came before them
      yield item;
    }
  }
  send();
  yield* drain(0);
}

export async function importFile(store: Store, input: string, opts: { force?: boolean; quiet?: boolean; workers?: number } = {}): Promise<ImportSummary> {
  const file = resolve(input);
  let st;
  try {
    st = statSync(file);
  } catch {
    throw new UserError(`--input ${input}: no such file`);
  }
  if (!st.isFile()) throw new UserError(`--input ${input}: ${st.isDirectory() ? 'a folder' : 'not a regular file'}; give a PubMed XML, .xml.gz or MEDLINE file`);
  const format = sniffFormat(input);
  if (!opts.force && store.isImported(file, st.size, st.mtimeMs))
    return { file: input, format, records: 0, deleted: 0, skipped: true, invalidText: [] };

  const progress = new Progress(`import ${input}`, null, opts.quiet);
  // Parsing on worker threads is opt-in: measured on 2 cores, one thread gains about 1.2x and a
  // second nothing, since the main thread's share (gunzip, SQLite) stays, and each adds ~80 MB.
  const pool = new Pool('row', format === 'medline' ? 0 : (opts.workers ?? 0));
  try {
    return await importInto(store, input, file, format, st, pool, progress);
  } finally {
    await pool.close();
  }
}

async function importInto(store: Store, input: string, file: string, format: FileFormat, st: { size: number; mtimeMs: number }, pool: Pool, progress: Progress): Promise<ImportSummary> {
  return store.inTransaction(async () => {
    let records = 0;
    let deleted = 0;
    const invalidText: InvalidText[] = [];
    let batch: RecordRow[] = [];
    const flush = () => {
      store.saveRows(batch, file);
      progress.add(batch.length);
      batch = [];
    };
    for await (const item of readFileAs(AS_ROWS, input, format, pool)) {
      if (item.kind === 'record') {
        batch.push(item.value);
        records++;
        if (item.invalid) invalidText.push(item.invalid);
        if (batch.length >= BATCH) flush();
      } else {
        flush(); // deletions apply to what came before them
        store.deleteRecords(item.pmids, file);
        deleted += item.pmids.length;
      }
    }
    flush();
    store.markImported(file, st.size, st.mtimeMs, records, deleted);
    progress.finish();
    return { file: input, format, records, deleted, skipped: false, invalidText };
  }, true);
}
