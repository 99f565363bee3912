// The store and the import stage on real SQLite files: migrations, upserts by
// PMID version, .xml.gz baseline files, MEDLINE text, and bad input that must
// leave the database as it was.

import { describe, expect, it } from 'vitest';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { Store } from '../pipeline/store/db.ts';
import { migrations } from '../pipeline/store/schema.ts';
import { importFile, parseThreads, xmlBytes } from '../pipeline/stages/import.ts';
import { parseArticleXml as parse } from '../pipeline/pubmed/parse-xml.ts';
import { articleMedline, articleSetXml, articleXml, syntheticArticles } from './support/fixture-records.ts';
import { tempDir } from './support/temp.ts';

const dir = tempDir();
let n = 0;
const freshStore = () => new Store(join(dir, `s${++n}.db`));
const write = (name: string, content: string | Buffer) => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};

describe('store', () => {
  it('migrates an empty file to the latest schema version', () => {
    const file = join(dir, 'empty.db');
    writeFileSync(file, '');
    const store = new Store(file);
    expect(store.schemaVersion()).toBe(migrations().at(-1)!.version);
    const tables = store.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['records', 'search_runs', 'search_hits', 'imports', 'deleted_records']));
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    store.close();
    // Opening again applies nothing twice.
    new Store(file).close();
  });

  it('stores the abstract once and gives back each section as parsed; rows stored with section texts read as before', () => {
    const store = freshStore();
    const record = { ...parse(articleXml(syntheticArticles(1, 33_000_000)[0])), abstract: [
      { label: 'Background', category: 'BACKGROUND', text: 'Exosomes – “EVs” – in skin.' },
      { label: null, category: null, text: '' },
      { label: 'Methods', category: 'METHODS', text: '' },
      { label: null, category: null, text: 'Twenty patients 🧴 were treated.' },
    ] };
    store.saveRecords([{ record, origin: 'file' }]);
    expect(store.getRecord(record.pmid)!.abstract).toEqual(record.abstract);
    const row = store.db.prepare('SELECT abstract, abstract_sections FROM records WHERE pmid = ?').get(record.pmid) as { abstract: string; abstract_sections: string };
    expect(row.abstract).toBe('BACKGROUND: Exosomes – “EVs” – in skin. METHODS:  Twenty patients 🧴 were treated.');
    expect(row.abstract_sections).not.toContain('patients');
    // A row written before the offsets: sections with their texts.
    store.db.prepare('UPDATE records SET abstract_sections = ? WHERE pmid = ?').run(JSON.stringify([{ label: 'Old', category: null, text: 'as stored' }]), record.pmid);
    expect(store.getRecord(record.pmid)!.abstract).toEqual([{ label: 'Old', category: null, text: 'as stored' }]);
    store.close();
  });

  it('upgrades a database of an older version, keeping its records', () => {
    const file = join(dir, 'v2.db');
    const old = new Database(file);
    for (const m of migrations().filter((m) => m.version <= 2)) old.exec(readFileSync(m.file, 'utf8'));
    old.pragma('user_version = 2');
    const [a] = syntheticArticles(1, 32_000_000);
    old.prepare(`INSERT INTO records (pmid, version, title, abstract, abstract_sections, authors, languages, publication_types, mesh, keywords, raw, origin, fetched_at)
      VALUES (?, 1, 'Kept', '', '[]', ?, '[]', '[]', '[]', '[]', '<PubmedArticle/>', 'file', '2026-01-01')`).run(
      a.pmid,
      JSON.stringify([{ lastName: 'A', affiliations: ['Maker Co., Ltd., Seoul', 'Uni Hospital'] }, { lastName: 'B', affiliations: ['Maker Co., Ltd., Seoul'] }]),
    );
    old.close();
    const store = new Store(file);
    expect(store.schemaVersion()).toBe(migrations().at(-1)!.version);
    expect(store.getRecord(a.pmid)).toMatchObject({ pmid: a.pmid, title: 'Kept' });
    const columns = store.db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('records');
    expect(columns).not.toContain('raw');
    expect(store.db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('classifications')).toEqual(expect.arrayContaining(['confidence', 'decision', 'low_confidence', 'details']));
    // Migration 005 fills each record's affiliations, each once, from the authors it kept.
    expect(JSON.parse(store.db.prepare('SELECT affiliations FROM records WHERE pmid = ?').pluck().get(a.pmid) as string)).toEqual(['Maker Co., Ltd., Seoul', 'Uni Hospital']);
    store.close();
  });

  it('writes a bulk transaction under a rollback journal when it has the file alone, under the WAL beside a reader, and leaves the WAL on', async () => {
    const file = join(dir, 'bulk.db');
    const store = new Store(file);
    const mode = () => store.db.pragma('journal_mode', { simple: true });
    expect(await store.inTransaction(async () => mode(), true)).toBe('delete');
    expect(mode()).toBe('wal');
    const reader = new Database(file, { readonly: true });
    reader.prepare('SELECT count(*) FROM records').get();
    expect(await store.inTransaction(async () => mode(), true)).toBe('wal');
    reader.close();
    await expect(store.inTransaction(async () => { throw new Error('stop'); }, true)).rejects.toThrow('stop');
    expect(mode()).toBe('wal');
    expect(await store.inTransaction(async () => mode())).toBe('wal');
    // A second program that opens the file during a bulk write reads it as it is, where asking for the
    // WAL then failed at once ("database is locked"); the WAL comes back with the next open alone.
    const during = await store.inTransaction(async () => {
      const other = new Store(file);
      const seen = [other.db.pragma('journal_mode', { simple: true }), other.recordCount()];
      other.close();
      return seen;
    }, true);
    expect(during).toEqual(['delete', 0]);
    store.close();
    const again = new Store(file);
    expect(again.db.pragma('journal_mode', { simple: true })).toBe('wal');
    again.close();
  });

  it('refuses a database from a newer version of the schema', () => {
    const file = join(dir, 'newer.db');
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();
    expect(() => new Store(file)).toThrow(/schema version 999 is newer than this exoevidence knows/);
  });

  it('names the table or column a database lacks, where its version says it is up to date', () => {
    const dropped = (name: string, sql: string) => {
      const file = join(dir, name);
      new Store(file).close();
      const db = new Database(file);
      db.exec(sql);
      db.close();
      return file;
    };
    const noColumn = dropped('no-title.db', 'ALTER TABLE records DROP COLUMN title');
    expect(() => new Store(noColumn)).toThrow(`--db ${noColumn}: its table records lacks column title (changed outside exoevidence)`);
    const noTable = dropped('no-labels.db', 'DROP TABLE classification_labels');
    expect(() => new Store(noTable)).toThrow(`--db ${noTable}: it has no table classification_labels (changed outside exoevidence)`);
    // Tables and columns of its own that a user added are theirs: the database opens.
    const added = dropped('added.db', 'CREATE TABLE my_notes (pmid TEXT); ALTER TABLE records ADD COLUMN my_flag INTEGER');
    expect(() => new Store(added).close()).not.toThrow();
  });

  it('names --db when its folder does not exist', () => {
    expect(() => new Store(join(dir, 'no/such/folder/x.db'))).toThrow(/--db .*folder .* does not exist/);
    expect(() => new Store(`${join(dir, 'new.db')}/`)).toThrow(/--db .*new\.db\/: ends in a slash, as a folder does/);
  });

  it('keeps the higher PMID version', () => {
    const store = freshStore();
    const [a] = syntheticArticles(1);
    const v = (version: number, title: string) => ({
      record: { ...(parse(articleXml({ ...a, version, title }))), version },
      origin: 'file' as const,
    });
    store.saveRecords([v(2, 'Second version')]);
    store.saveRecords([v(1, 'First version')]);
    expect(store.getRecord(a.pmid)!.title).toBe('Second version');
    store.saveRecords([v(3, 'Third version')]);
    expect(store.getRecord(a.pmid)).toMatchObject({ title: 'Third version', version: 3 });
    store.close();
  });
});

describe('import', () => {
  const articles = syntheticArticles(40, 31_000_000);

  it('imports PubMed XML and MEDLINE text of the same articles to identical titles, abstracts and types', async () => {
    const xmlStore = freshStore();
    const medStore = freshStore();
    const x = await importFile(xmlStore, write('a.xml', articleSetXml(articles)), { quiet: true });
    const m = await importFile(medStore, write('a.nbib', articles.map(articleMedline).join('\n\n') + '\n'), { quiet: true });
    expect([x.format, x.records, m.format, m.records]).toEqual(['xml', 40, 'medline', 40]);
    const q = 'SELECT pmid, title, abstract, publication_types FROM records ORDER BY pmid';
    expect(medStore.db.prepare(q).all()).toEqual(xmlStore.db.prepare(q).all());
    xmlStore.close();
    medStore.close();
  });

  it('counts a PMID given twice in a file once, as a revision, in both formats and on the parsing thread', async () => {
    const revised = { ...articles[1], title: 'Revised title' };
    for (const [name, text, workers] of [
      ['twice.xml', articleSetXml([...articles.slice(0, 3), revised]), 0],
      ['twice-thread.xml', articleSetXml([...articles.slice(0, 3), revised]), 1],
      ['twice.nbib', [...articles.slice(0, 3), revised].map(articleMedline).join('\n\n') + '\n', 0],
    ] as const) {
      const store = freshStore();
      const r = await importFile(store, write(name, text), { quiet: true, workers });
      expect(r, name).toMatchObject({ records: 3, repeated: 1 });
      expect(store.recordCount()).toBe(3);
      expect(store.getRecord(articles[1].pmid)!.title).toBe('Revised title');
      store.close();
    }
  });

  it('counts a book chapter in an export and stores only the journal articles, on the parsing thread too', async () => {
    for (const workers of [0, 1]) {
      const store = freshStore();
      const mixed = articles.slice(0, 5).map((a, i) => (i === 2 ? { ...a, book: true } : a));
      const r = await importFile(store, write(`books-${workers}.xml`, articleSetXml(mixed)), { quiet: true, workers });
      expect(r, `workers ${workers}`).toMatchObject({ records: 4, books: 1 });
      expect(store.getRecord(articles[2].pmid)).toBeNull();
      store.close();
    }
  });

  it('reads MEDLINE text with a byte-order mark and Windows line ends', async () => {
    const store = freshStore();
    const text = '\uFEFF' + articles.slice(0, 3).map(articleMedline).join('\n\n').replace(/\n/g, '\r\n') + '\r\n';
    const r = await importFile(store, write('bom.nbib', text), { quiet: true });
    expect(r).toMatchObject({ format: 'medline', records: 3 });
    expect(store.getRecord(articles[0].pmid)!.title).toBe(articles[0].title);
    store.close();
  });

  it('reads a file that opens with more blank lines than a fixed look ahead, and calls one of blank lines empty', async () => {
    // Looking at the first 512 bytes alone, a MEDLINE export behind 600 blank lines was "empty".
    const store = freshStore();
    const text = '\uFEFF' + '\r\n'.repeat(40_000) + articles.slice(0, 2).map(articleMedline).join('\n\n');
    expect(await importFile(store, write('blank-lines.nbib', text), { quiet: true })).toMatchObject({ format: 'medline', records: 2 });
    const xml = '\n'.repeat(600) + articleSetXml(articles.slice(0, 1));
    expect(await importFile(store, write('blank-lines.xml', xml), { quiet: true })).toMatchObject({ format: 'xml', records: 1 });
    await expect(importFile(store, write('blank.nbib', '\n \r\n'.repeat(1000)), { quiet: true })).rejects.toThrow(/blank\.nbib: empty file$/);
    store.close();
  });

  it('reads a MEDLINE export someone gzip\'d, told from what the gzip holds, and names a file gzip\'d twice', async () => {
    const store = freshStore();
    const text = articles.slice(0, 3).map(articleMedline).join('\n\n');
    const r = await importFile(store, write('export.nbib.gz', gzipSync(text)), { quiet: true });
    expect(r).toMatchObject({ format: 'medline.gz', records: 3 });
    expect(store.getRecord(articles[0].pmid)!.title).toBe(articles[0].title);
    await expect(importFile(store, write('twice.xml.gz', gzipSync(gzipSync(articleSetXml(articles.slice(0, 1))))), { quiet: true })).rejects.toThrow(/twice\.xml\.gz: gzip'd twice; gunzip it once first$/);
    store.close();
  });

  it('streams a gzip baseline file, applies DeleteCitation, and skips it when imported unchanged', async () => {
    const store = freshStore();
    // An update file lists deletions of records this database may never have held: it says how many it had.
    const deletion = `<DeleteCitation><PMID Version="1">${articles[3].pmid}</PMID><PMID Version="1">${articles[5].pmid}</PMID><PMID Version="1">99999999</PMID></DeleteCitation>\n`;
    const file = write('base.xml.gz', gzipSync(articleSetXml(articles, deletion)));
    const first = await importFile(store, file, { quiet: true });
    expect(first).toMatchObject({ format: 'xml.gz', records: 40, deleted: 3, removed: 2, skipped: false });
    expect(store.recordCount()).toBe(38);
    expect(store.getRecord(articles[3].pmid)).toBeNull();
    const again = await importFile(store, file, { quiet: true });
    expect(again.skipped).toBe(true);
    expect(store.recordCount()).toBe(38);
    store.close();
  });

  it('decides on a parsing thread by the XML a file holds, not by its gzip size', () => {
    // Synthetic records compress twentyfold: a file of 5,000 is small gzip'd and large as XML.
    const xml = articleSetXml(syntheticArticles(5_000, 32_000_000));
    const gz = write('big.xml.gz', gzipSync(xml, { level: 9 }));
    const gzSize = statSync(gz).size;
    expect(xmlBytes(gz, 'xml.gz', gzSize)).toBe(Buffer.byteLength(xml));
    expect(Buffer.byteLength(xml)).toBeGreaterThan(4 << 20);
    expect(gzSize).toBeLessThan(4 << 20);
    expect(parseThreads('xml.gz', xmlBytes(gz, 'xml.gz', gzSize), 2)).toBe(1);
    expect(parseThreads('xml.gz', xmlBytes(gz, 'xml.gz', gzSize), 1)).toBe(0);
    expect(parseThreads('xml.gz', gzSize, 2)).toBe(0);
    expect(parseThreads('medline', Buffer.byteLength(xml), 2)).toBe(0);
    const plain = write('plain.xml', xml);
    expect(xmlBytes(plain, 'xml', statSync(plain).size)).toBe(statSync(plain).size);
  });

  it('parses on worker threads to the same records, and names a bad record from there too', async () => {
    const file = write('w.xml.gz', gzipSync(articleSetXml(syntheticArticles(700, 31_500_000))));
    const plain = freshStore();
    const threaded = freshStore();
    await importFile(plain, file, { quiet: true, workers: 0 });
    await importFile(threaded, file, { quiet: true, workers: 2 });
    const q = 'SELECT pmid, title, abstract, abstract_sections, authors, mesh, publication_types FROM records ORDER BY pmid';
    expect(threaded.db.prepare(q).all()).toEqual(plain.db.prepare(q).all());
    const broken = write('wb.xml', articleSetXml(syntheticArticles(450, 31_600_000)).replace('<PMID Version="1">31600420</PMID>', '<PMID Version="1">31600420</PMID><Oops>'));
    await expect(importFile(threaded, broken, { quiet: true, workers: 2 })).rejects.toThrow(/wb\.xml: record 421 \(PMID 31600420\): malformed XML/);
    plain.close();
    threaded.close();
  });

  const bad: [string, string | Buffer, RegExp][] = [
    ['empty.xml', '', /empty\.xml: empty file/],
    ['blank.xml', '   \n', /blank\.xml: empty file/],
    ['html.xml', '<html><body>Not PubMed</body></html>', /html\.xml: not a PubMed XML export/],
    ['broken.xml', articleSetXml(articles.slice(0, 3)).replace(`<PMID Version="1">${articles[2].pmid}</PMID>`, `<PMID Version="1">${articles[2].pmid}</PMID><Oops>`), /broken\.xml: record 3 \(PMID 31000002\): malformed XML/],
    ['cut.xml', articleSetXml(articles.slice(0, 3)).slice(0, -400), /cut\.xml: truncated: record 3/],
    ['cut.xml.gz', gzipSync(articleSetXml(articles)).subarray(0, 2000), /cut\.xml\.gz: corrupt or truncated gzip/],
    ['broken.nbib', `${articleMedline(articles[0])}\n\n${articleMedline(articles[1])}\nthis line lost its indent\n`, /broken\.nbib: line \d+: not a MEDLINE/],
    ['random.txt', 'Dear reader, this is a letter.', /random\.txt: neither PubMed XML nor MEDLINE text/],
    ['escape.nbib', `${articleMedline(articles[0])}\n\nPMID- 39600002\nTI  - \u001b[2J title\n`, /escape\.nbib: line \d+: control character U\+001B/],
  ];
  it('reads records with invalid UTF-8, naming each and its bad bytes', async () => {
    const store = freshStore();
    const xml = Buffer.from(articleSetXml(articles.slice(0, 3)).replace(articles[1].title, `${articles[1].title} BAD`));
    const at = xml.indexOf(' BAD');
    xml[at + 1] = 0xff; // "B" becomes a byte no UTF-8 text holds
    xml[at + 2] = 0xc0;
    const x = await importFile(store, write('bad-utf8.xml', xml), { quiet: true });
    expect(x.records).toBe(3);
    expect(x.invalidText).toEqual([{ record: `record 2 (PMID ${articles[1].pmid})`, bytes: 2 }]);
    expect(store.getRecord(articles[1].pmid)!.title).toContain('\ufffd\ufffdD');
    const nbib = Buffer.concat([Buffer.from(`${articleMedline(articles[5])}\n\nPMID- 39600001\nTI  - Bad `), Buffer.from([0xe2, 0x82]), Buffer.from(' title\n')]);
    const m = await importFile(store, write('bad-utf8.nbib', nbib), { quiet: true });
    expect(m.invalidText).toEqual([{ record: expect.stringMatching(/^record at line \d+ \(PMID 39600001\)$/), bytes: 2 }]);
    store.close();
  });

  it('hands records to the parsing thread as bytes: a declared encoding and invalid UTF-8 read as on one thread', async () => {
    const three = articleSetXml(articles.slice(0, 3));
    const latin = Buffer.from(three.replace('<?xml version="1.0" ?>', '<?xml version="1.0" encoding="ISO-8859-1"?>').replace(articles[0].title, `${articles[0].title} caf\xe9`), 'latin1');
    const broken = Buffer.from(articleSetXml(articles.slice(3, 6)).replace(articles[5].title, `${articles[5].title} BAD`));
    broken[broken.indexOf(' BAD') + 1] = 0xff;
    const read = async (workers: number) => {
      const store = freshStore();
      const summaries = [await importFile(store, write(`latin-${workers}.xml`, latin), { quiet: true, workers }), await importFile(store, write(`broken-${workers}.xml`, broken), { quiet: true, workers })];
      const titles = store.db.prepare('SELECT title FROM records ORDER BY pmid').pluck().all() as string[];
      store.close();
      return { invalid: summaries.map((s) => s.invalidText), titles };
    };
    const threaded = await read(1);
    expect(threaded.titles.filter((t) => t.endsWith(' café'))).toHaveLength(1);
    expect(threaded.invalid).toEqual([[], [{ record: `record 3 (PMID ${articles[5].pmid})`, bytes: 1 }]]);
    expect(threaded).toEqual(await read(0));
  });

  // Each on one thread, and with records parsed on a worker thread (the default for large files).
  it.each(bad.flatMap(([name, content, message]) => [0, 1].map((workers) => [name, workers, content, message] as const)))(
    'rejects %s (workers %i) with one line naming it, and writes nothing',
    async (name, workers, content, message) => {
      const store = freshStore();
      await importFile(store, write('good.xml', articleSetXml(articles.slice(10, 12))), { quiet: true });
      const err = (await importFile(store, write(name, content), { quiet: true, workers }).catch((e) => e)) as Error;
      expect(err).toBeInstanceOf(Error);
      expect(err.message).toMatch(message);
      expect(err.message).not.toContain('\n');
      expect(store.recordCount()).toBe(2);
      expect(store.db.prepare('SELECT count(*) FROM imports').pluck().get()).toBe(1);
      store.close();
    },
  );

  it('stops a threaded import cut off after many records with one line, and writes none of them', async () => {
    const store = freshStore();
    const whole = gzipSync(articleSetXml(syntheticArticles(3000, 31_700_000)));
    const err = (await importFile(store, write('cut-late.xml.gz', whole.subarray(0, Math.floor(whole.length * 0.8))), { quiet: true, workers: 1 }).catch((e) => e)) as Error;
    expect(err.message).toMatch(/^\S*cut-late\.xml\.gz: corrupt or truncated gzip/);
    expect(store.recordCount()).toBe(0);
    store.close();
  });
});
