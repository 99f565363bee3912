// Stage 2b, import: loads PubMed records from files instead of the network.
// Reads PubMed XML (efetch output or an export), gzip'd baseline/update files
// (.xml.gz, streamed: only the current record is held in memory; their
// DeleteCitation entries remove records) and MEDLINE text (.nbib/.txt). The
// format is told from the content, not the name. Each file is imported in one
// transaction: bad input leaves the database as it was, and an unchanged file
// already imported is skipped.

import { createReadStream, openSync, readSync, closeSync, statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import { constants as zlibConstants, createGunzip, gunzipSync, type ZlibOptions } from 'node:zlib';
import type { TransformOptions } from 'node:stream';
import type { Store } from '../store/db.ts';
import { availableParallelism } from 'node:os';
import { rawXmlRecords, type RawArticle, type RawItem } from '../pubmed/xml-records.ts';
import { Pool } from '../workers/pool.ts';
import { packRecords, parseRecord, rowOf, type Read, type RowResult } from '../workers/tasks.ts';
import { medlineRecord, medlineRecords } from '../pubmed/parse-medline.ts';
import { recordColumns, type RecordRow } from '../store/rows.ts';
import type { InvalidText, PubmedRecord, SourcedRecord } from '../types.ts';
import { Progress } from '../progress.ts';
import { UserError } from '../errors.ts';

export interface ImportSummary {
  file: string;
  format: 'xml' | 'xml.gz' | 'medline' | 'medline.gz';
  /** Records stored: PMIDs, each once. */
  records: number;
  /** Records whose PMID came earlier in the file too (an update file may revise one): they replace it. */
  repeated: number;
  /** PMIDs the file lists as deleted (DeleteCitation), and how many of them were stored and are now removed. */
  deleted: number;
  removed: number;
  skipped: boolean;
  /** Records whose bytes were not all valid UTF-8: read with U+FFFD in their place, and named. */
  invalidText: InvalidText[];
  /** Books and chapters (<PubmedBookArticle>) the file holds: not articles this tool classifies, so not stored. */
  books: number;
}

export type FileFormat = ImportSummary['format'];

/** A record, with what was wrong with its bytes (`invalid`: which record, how many bytes were not UTF-8), a deletion or a book. */
type FileItem<T> = { kind: 'record'; value: T; invalid?: InvalidText } | Exclude<RawItem, RawArticle>;

// Records are written 100 at a time inside the file's one transaction, or sooner once they hold 16 MB of
// text: a smaller batch holds fewer records alive, and that, not SQLite, is what sets import's peak memory.
const BATCH = 100;
const BATCH_CHARS = 16 << 20;
const textLength = (row: RecordRow) => row.columns.reduce<number>((n, c) => (typeof c === 'string' ? n + c.length : n), 0);

const isBlank = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
/** Where the content of the first `n` bytes begins: past a UTF-8 byte-order mark (at the file's start) and blank bytes. */
function contentStart(buf: Buffer, n: number, atFileStart: boolean): number {
  let k = atFileStart && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  while (k < n && isBlank(buf[k])) k++;
  return k;
}
const isMedline = (format: FileFormat) => format === 'medline' || format === 'medline.gz';
const isGzip = (format: FileFormat) => format === 'xml.gz' || format === 'medline.gz';

/**
 * The first 512 bytes from the first that is neither white space nor a byte-order mark (a MEDLINE export opens with blank lines, and a
 * file may hold more of them than any fixed look ahead), and how many there are: 0 for an empty or blank file.
 */
function firstBytes(fd: number): [Buffer, number] {
  const chunk = Buffer.alloc(1 << 16);
  let at = 0;
  for (let n = readSync(fd, chunk, 0, chunk.length, at); ; n = readSync(fd, chunk, 0, chunk.length, at)) {
    if (n === 0) return [chunk, 0];
    const k = contentStart(chunk, n, at === 0);
    at += k;
    if (k < n) break;
  }
  const head = Buffer.alloc(512);
  return [head, readSync(fd, head, 0, head.length, at)];
}

/** Tells the format from the first bytes: gzip magic (then from the first bytes inside), '<' for XML, a MEDLINE tag line otherwise. */
export function sniffFormat(file: string): FileFormat {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (e) {
    throw new UserError(`${file}: cannot open (${(e as NodeJS.ErrnoException).code})`);
  }
  let head: Buffer;
  let n: number;
  try {
    [head, n] = firstBytes(fd);
    if (n >= 2 && head[0] === 0x1f && head[1] === 0x8b) return gzipFormat(file, fd);
  } finally {
    closeSync(fd);
  }
  const format = textFormat(file, head.subarray(0, n));
  if (!format) throw new UserError(`${file}: empty file`);
  return format;
}

/** What a text begins as: 'xml', 'medline', or null for nothing but blanks; a one-line error for anything else. */
function textFormat(file: string, head: Buffer): 'xml' | 'medline' | null {
  // A BOM, or '<' with a zero byte beside it: text saved as UTF-16 by an editor or another tool.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff) || (head.length > 1 && head.subarray(0, 2).includes(0) && head.subarray(0, 2).includes(0x3c)))
    throw new UserError(`${file}: UTF-16 text; PubMed files are UTF-8: convert it first (iconv -f UTF-16 -t UTF-8)`);
  const text = head.toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (text === '') return null;
  if (text.startsWith('<')) return 'xml';
  if (/^[A-Z][A-Z0-9]{0,3} {0,3}- /.test(text)) return 'medline';
  throw new UserError(`${file}: neither PubMed XML nor MEDLINE text`);
}

// How much of a gzip file is inflated to tell what it holds.
const GZIP_PEEK = 1 << 16;

/**
 * A gzip file holds a baseline's XML, or a MEDLINE export someone compressed: told from the start of what it
 * inflates to. A stream too damaged to inflate is taken for XML, and the import names the damage.
 */
function gzipFormat(file: string, fd: number): 'xml.gz' | 'medline.gz' {
  const raw = Buffer.alloc(GZIP_PEEK);
  const n = readSync(fd, raw, 0, raw.length, 0);
  let inner: Buffer;
  try {
    inner = gunzipSync(raw.subarray(0, n), { finishFlush: zlibConstants.Z_SYNC_FLUSH, maxOutputLength: 4 * GZIP_PEEK });
  } catch {
    return 'xml.gz';
  }
  if (inner[0] === 0x1f && inner[1] === 0x8b) throw new UserError(`${file}: gzip'd twice; gunzip it once first`);
  const k = contentStart(inner, inner.length, true);
  // Blank so far, or nothing yet: the XML reader says what is wrong with the whole stream.
  return k < inner.length && textFormat(file, inner.subarray(k, k + 512)) === 'medline' ? 'medline.gz' : 'xml.gz';
}

/** The file's bytes, gunzipped if need be: decoding is left to the record scanner. */
export async function* byteChunks(file: string, gz: boolean): AsyncGenerator<Buffer> {
  const stream = createReadStream(file, { highWaterMark: 1 << 16 });
  // zlib inflates on libuv's thread pool; large chunks and a read buffer of 16 of them (4 MB; zlib hands
  // stream options on) let it run ahead while records are parsed, where it otherwise waits (10% on import).
  // Chunks are kept apart (object mode): a byte stream's reader gets all it has buffered joined, a copy.
  const gunzipOptions: ZlibOptions & TransformOptions = { chunkSize: 1 << 18, readableObjectMode: true, readableHighWaterMark: 16 };
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

// Records per block sent to the parsing thread, and blocks in flight: enough to keep both threads busy.
// A block is sent sooner when it holds 8 MB: a file of records of many MB each (a hostile one, or thousands
// of authors a record) would otherwise hold 200 of them, and their rows, at once.
const BLOCK = 200;
const BLOCK_BYTES = 8 << 20;
const IN_FLIGHT = 2;
// From this much XML on, records are parsed on a second thread where there are two cores: below,
// starting the thread costs more than it saves.
const THREAD_FROM_BYTES = 4 << 20;

/**
 * How much XML a file holds: a gzip file's size is a tenth to a twentieth of it. Read from the gzip
 * trailer (the inflated size, modulo 4 GB), the compressed size counted a baseline-style file of 75 MB
 * of XML (3 MB gzip'd) as small, and parsed it on the reading thread at three-quarters of the speed.
 */
export function xmlBytes(file: string, format: FileFormat, size: number): number {
  if (format !== 'xml.gz' || size < 18) return size;
  const fd = openSync(file, 'r');
  try {
    const trailer = Buffer.alloc(4);
    readSync(fd, trailer, 0, 4, size - 4);
    return Math.max(size, trailer.readUInt32LE(0));
  } finally {
    closeSync(fd);
  }
}

/**
 * Parsing threads for an import: none for MEDLINE (read as it streams, on this thread); as many as asked
 * (--workers) for XML; else one from THREAD_FROM_BYTES of XML where there are two cores.
 */
export const parseThreads = (format: FileFormat, bytes: number, cores: number, asked?: number): number =>
  isMedline(format) ? 0 : (asked ?? (bytes < THREAD_FROM_BYTES || cores < 2 ? 0 : 1));

/** A failure while reading a file, as the one-line error that names the file. */
const fileError = (file: string, e: unknown) => (e instanceof UserError ? e : new UserError(`${file}: ${(e as Error).message}`));

/** A MEDLINE file's records, each as `as` makes it. */
async function* medlineItems<T>(file: string, gz: boolean, as: (record: PubmedRecord) => T): AsyncGenerator<FileItem<T>> {
  try {
    for await (const fields of medlineRecords(byteChunks(file, gz))) {
      const record = medlineRecord(fields);
      const invalid = fields.invalidBytes ? { record: `record at line ${fields.line} (PMID ${record.pmid})`, bytes: fields.invalidBytes } : undefined;
      yield { kind: 'record', value: as(record), invalid };
    }
  } catch (e) {
    throw fileError(file, e);
  }
}

/** An XML file's records as their bytes, and its deletions, in order. */
async function* rawItems(file: string, format: FileFormat): AsyncGenerator<RawItem> {
  const items = rawXmlRecords(byteChunks(file, isGzip(format)));
  for (;;) {
    let next;
    try {
      next = await items.next();
    } catch (e) {
      throw fileError(file, e);
    }
    if (next.done) return;
    yield next.value;
  }
}

/** What was read of a record, or the one-line error naming the file and record. */
function readItem<R, T>(file: string, r: Read<R>, value: (r: R) => T): FileItem<T> {
  if ('error' in r) throw new UserError(`${file}: ${r.error}`);
  return { kind: 'record', value: value(r), invalid: r.invalid };
}

/** Every record of a file in order; deletions come as their own items. */
export async function* readRecordFile(file: string, format: FileFormat = sniffFormat(file)): AsyncGenerator<FileItem<SourcedRecord>> {
  if (isMedline(format)) return yield* medlineItems(file, isGzip(format), (record) => ({ record, origin: 'file' }));
  for await (const item of rawItems(file, format))
    yield item.kind !== 'article' ? item : readItem(file, parseRecord(item), (r) => ({ record: r.record, origin: 'file' }));
}

/**
 * A file's records as rows to store, in order. With a worker thread, XML records go to it as bytes in
 * blocks, two in flight, and this thread only cuts records and writes rows. Without, each is made as it
 * comes: records held in batches outlive the young generation, and the heap grows with their garbage.
 */
async function* readRows(file: string, format: FileFormat, pool: Pool): AsyncGenerator<FileItem<RecordRow>> {
  if (isMedline(format)) return yield* medlineItems(file, isGzip(format), (record): RecordRow => ({ columns: recordColumns(record), origin: 'file' }));
  const toItem = (r: RowResult) => readItem(file, r, (x): RecordRow => ({ columns: x.columns, origin: 'file' }));
  const inFlight: Promise<RowResult[][]>[] = [];
  let block: RawArticle[] = [];
  let blockBytes = 0;
  const send = () => {
    if (!block.length) return;
    const packed = packRecords(block);
    inFlight.push(pool.run<RowResult[]>([packed], [packed.bytes.buffer as ArrayBuffer]));
    block = [];
    blockBytes = 0;
  };
  async function* drain(keep: number): AsyncGenerator<FileItem<RecordRow>> {
    while (inFlight.length > keep) for (const r of (await inFlight.shift()!)[0]) yield toItem(r);
  }
  try {
    for await (const item of rawItems(file, format)) {
      if (item.kind === 'delete') {
        send();
        yield* drain(0); // deletions apply to what came before them
        yield item;
      } else if (item.kind === 'book') yield item;
      else if (!pool.size) yield toItem(rowOf(item));
      else {
        block.push(item);
        blockBytes += item.bytes.length;
        if (block.length >= BLOCK || blockBytes >= BLOCK_BYTES) send();
        yield* drain(pool.size * IN_FLIGHT);
      }
    }
    send();
    yield* drain(0);
  } finally {
    // Blocks still out when the file turned out bad: their failure, if any, is not this file's error.
    for (const p of inFlight) p.catch(() => {});
  }
}

/** A records file's path and size, or a one-line error naming it and its option: checked before any is read. */
export function checkInput(input: string, option = '--input'): { file: string; st: Stats } {
  const file = resolve(input);
  let st;
  try {
    st = statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ELOOP' ? 'a loop of symbolic links' : code === 'EACCES' ? 'permission denied' : code === 'ENOTDIR' || code === 'ENOENT' ? 'no such file' : `cannot read (${code})`;
    throw new UserError(`${option} ${input}: ${why}`);
  }
  if (!st.isFile()) throw new UserError(`${option} ${input}: ${st.isDirectory() ? 'a folder' : 'not a regular file'}; give a PubMed XML, .xml.gz or MEDLINE file`);
  return { file, st };
}

export async function importFile(store: Store, input: string, opts: { force?: boolean; quiet?: boolean; workers?: number } = {}): Promise<ImportSummary> {
  const { file, st } = checkInput(input);
  const format = sniffFormat(input);
  if (!opts.force && store.isImported(file, st.size, st.mtimeMs))
    return { file: input, format, records: 0, repeated: 0, deleted: 0, removed: 0, skipped: true, invalidText: [], books: 0 };

  const progress = new Progress(`import ${input}`, null, opts.quiet);
  // Measured on 2 cores, a real baseline-style file: parsing on one worker thread while this one cuts
  // records and writes SQLite, about 1.2x faster. A second thread gains nothing more.
  const threads = parseThreads(format, xmlBytes(file, format, st.size), availableParallelism(), opts.workers);
  const pool = new Pool('row', threads);
  try {
    return await importInto(store, input, file, format, st, pool, progress);
  } finally {
    await pool.close();
  }
}

async function importInto(store: Store, input: string, file: string, format: FileFormat, st: { size: number; mtimeMs: number }, pool: Pool, progress: Progress): Promise<ImportSummary> {
  return store.inTransaction(async () => {
    const pmids = new Set<string>();
    let repeated = 0;
    let deleted = 0;
    let removed = 0;
    let books = 0;
    const invalidText: InvalidText[] = [];
    let batch: RecordRow[] = [];
    let chars = 0;
    const flush = () => {
      store.saveRows(batch, file);
      progress.add(batch.length);
      batch = [];
      chars = 0;
    };
    for await (const item of readRows(input, format, pool)) {
      if (item.kind === 'record') {
        batch.push(item.value);
        const pmid = item.value.columns[0] as string;
        if (pmids.has(pmid)) repeated++;
        else pmids.add(pmid);
        if (item.invalid) invalidText.push(item.invalid);
        chars += textLength(item.value);
        if (batch.length >= BATCH || chars >= BATCH_CHARS) flush();
      } else if (item.kind === 'book') books++;
      else {
        flush(); // deletions apply to what came before them
        removed += store.deleteRecords(item.pmids, file);
        deleted += item.pmids.length;
      }
    }
    flush();
    store.markImported(file, st.size, st.mtimeMs, pmids.size, deleted);
    progress.finish();
    return { file: input, format, records: pmids.size, repeated, deleted, removed, skipped: false, invalidText, books };
  }, true);
}
