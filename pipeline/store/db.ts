// The SQLite hub between stages, and the only module that writes SQL.
// Its shape (migrations, and the check that a file still has it) is schema.ts's.

import Database from 'better-sqlite3';
import { existsSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DETAIL_FIELDS, EMPTY_DETAILS, HIGH_CONFIDENCE, LABEL_FIELDS, isPmid, type StudyDetails, type Author, type LabelChange, type AbstractSection, type Classification, type ClassifiableRecord, type Decision, type Labels, type PubmedRecord, type SourcedRecord } from '../types.ts';
import { RECORD_COLUMNS, SET_FIELDS, addLabel, checkScalars, jsonColumn, orNull, recordColumns, rowLabels, rowToClassifiable, rowToRecord, sectionsOf, type ClassificationRow, type RecordRow } from './rows.ts';
import { IN_USE_EXIT, UserError } from '../errors.ts';
import { checkShape, migrate, tableNames } from './schema.ts';
import { RunLog } from './runs.ts';


export interface SearchWindow {
  mindate: string | null;
  maxdate: string | null;
  count: number;
  webenv: string;
  queryKey: string;
}

export interface SearchRun {
  id: number;
  queryName: string;
  term: string;
  startedAt: string;
  count: number | null;
  windows: SearchWindow[];
  completedAt: string | null;
}

export type Db = Database.Database;

/** Removes a database and its WAL and shared-memory files (a run that created it and stored nothing). */
export function removeDatabase(path: string): void {
  for (const f of [path, `${path}-wal`, `${path}-shm`]) rmSync(f, { force: true });
}

export function checkDbPath(path: string): void {
  // resolve() drops a trailing slash: "new.db/" would be taken for a file beside a lock that cannot be made.
  if (/[\\/]$/.test(path)) throw new UserError(`--db ${path}: ends in a slash, as a folder does; give the database file's path`);
  const dir = dirname(resolve(path));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UserError(`--db ${path}: folder ${dir} does not exist`);
  // SQLite opens a device or a FIFO and fails later, on its first page, with a bare "disk I/O error".
  if (existsSync(path) && !statSync(path).isFile()) throw new UserError(`--db ${path}: not a regular file (give a SQLite database file)`);
}

export interface ReportRow {
  pmid: string;
  title: string;
  year: number | null;
  firstAuthor: string | null;
  authorCount: number;
  journal: string | null;
  /** The journal's full title, for citation files. */
  journalTitle: string | null;
  /** Authors as citation files name them: family and given names, or a group's name. */
  authors: ({ family: string; given: string } | { literal: string })[];
  volume: string | null;
  issue: string | null;
  pages: string | null;
  abstract: AbstractSection[];
  retracted: boolean;
  erratum: boolean;
  labels: Labels;
  confidence: Classification['confidence'];
  details: StudyDetails;
  detailConfidence: Classification['detailConfidence'];
  evidence: Classification['evidence'];
  doi: string | null;
  rulesVersion: string;
}

export interface FlowCounts {
  search: { queryName: string; term: string; startedAt: string; count: number } | null;
  searchHits: number;
  searchHitsStored: number;
  importedFiles: number;
  importedRecords: number;
  records: number;
  classified: number;
  rulesVersions: string[];
}

const now = () => new Date().toISOString();

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v) => b.includes(v));

// A record to classify (parameters: force, rules version): none yet, one from other rules, or one older than the record.
const TO_CLASSIFY = '(? OR c.pmid IS NULL OR c.rules_version != ? OR c.classified_at < r.fetched_at)';

export class Store {
  readonly db: Db;

  constructor(readonly path: string) {
    checkDbPath(path);
    try {
      this.db = new Database(path, { timeout: 5000 });
      this.refuseForeign();
      // Takes effect only on a new, empty database. A stored record is 2-5 KB, so 4 KB pages held
      // one row each, half empty.
      this.db.pragma('page_size = 16384');
      // WAL needs the file to itself for a moment: an import holding it under a rollback journal
      // (inTransaction's bulk) puts it back when done, and meanwhile this connection reads as it is.
      this.switchJournal('WAL');
      this.db.pragma('foreign_keys = ON');
      this.db.pragma('synchronous = NORMAL');
    } catch (e) {
      if (e instanceof UserError) throw e;
      const code = (e as { code?: string }).code;
      // An import writing under a rollback journal holds the file alone until it commits.
      if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') throw new UserError(`--db ${path}: in use by another program (an import, say); try again when it has finished`, IN_USE_EXIT);
      throw new UserError(`--db ${path}: cannot open as SQLite (${(e as Error).message})`);
    }
    migrate(this.db, path);
    checkShape(this.db, path);
    this.runs = new RunLog(this.db);
  }

  /**
   * Another program's SQLite file is left as it was: migrating it would fail half-way on a table of the
   * same name, after switching the file to WAL mode. Ours carry a schema version from the first migration.
   */
  private refuseForeign(): void {
    if (this.db.pragma('user_version', { simple: true }) !== 0) return;
    const tables = tableNames(this.db);
    if (!tables.length) return;
    this.db.close();
    throw new UserError(`--db ${this.path}: not an exoevidence database (it holds other tables: ${tables.slice(0, 3).join(', ')}${tables.length > 3 ? ', ...' : ''}); give a new file`);
  }

  schemaVersion(): number {
    return this.db.pragma('user_version', { simple: true }) as number;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  // ---- search

  startSearchRun(queryName: string, term: string): number {
    const r = this.db
      .prepare('INSERT INTO search_runs (query_name, term, started_at) VALUES (?, ?, ?)')
      .run(queryName, term, now());
    return Number(r.lastInsertRowid);
  }

  /** One window's hits, and the window itself, in one transaction. */
  addSearchWindow(runId: number, window: SearchWindow, pmids: string[]): void {
    this.db.transaction(() => {
      const run = this.searchRun(runId)!;
      const windows = [...run.windows, window];
      this.db.prepare('UPDATE search_runs SET windows = ? WHERE id = ?').run(JSON.stringify(windows), runId);
      const ins = this.db.prepare(
        'INSERT INTO search_hits (run_id, pmid, window, rank) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
      );
      pmids.forEach((pmid, rank) => ins.run(runId, pmid, windows.length - 1, rank));
    })();
  }

  /** A search that failed is removed whole: it leaves the database as it was. */
  deleteSearchRun(runId: number): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM search_hits WHERE run_id = ?').run(runId);
      this.db.prepare('DELETE FROM search_runs WHERE id = ?').run(runId);
    })();
  }

  completeSearchRun(runId: number, count: number): void {
    this.db.prepare('UPDATE search_runs SET count = ?, completed_at = ? WHERE id = ?').run(count, now(), runId);
  }

  searchRun(id: number): SearchRun | null {
    const row = this.db.prepare('SELECT * FROM search_runs WHERE id = ?').get(id) as any;
    return row ? toSearchRun(row) : null;
  }

  latestCompletedSearch(): SearchRun | null {
    const row = this.db
      .prepare('SELECT * FROM search_runs WHERE completed_at IS NOT NULL ORDER BY id DESC LIMIT 1')
      .get() as any;
    return row ? toSearchRun(row) : null;
  }

  /** A window's hits in efetch order. */
  windowHits(runId: number, window: number): string[] {
    const pmids = this.db.prepare('SELECT pmid FROM search_hits WHERE run_id = ? AND window = ? ORDER BY rank').pluck().all(runId, window) as string[];
    // Each goes into an efetch request and the records stored.
    const bad = pmids.find((p) => typeof p !== 'string' || !isPmid(p));
    if (bad !== undefined) throw damagedRun(runId, `search_hits table lists "${String(bad).slice(0, 20)}", which is not a PMID`);
    return pmids;
  }

  searchHitCount(runId: number): number {
    return (this.db.prepare('SELECT count(*) n FROM search_hits WHERE run_id = ?').get(runId) as { n: number }).n;
  }

  // ---- records

  /** Which of these PMIDs need no fetching: stored as records, or known to be books (never stored). */
  storedPmids(pmids: string[]): Set<string> {
    const q = this.db.prepare('SELECT 1 FROM records WHERE pmid = ? UNION ALL SELECT 1 FROM books WHERE pmid = ?').pluck();
    return new Set(pmids.filter((p) => q.get(p, p) !== undefined));
  }

  /** Search hits efetch answered with a book or chapter, not an article. */
  saveBooks(pmids: string[]): void {
    const at = now();
    const stmt = this.db.prepare('INSERT OR IGNORE INTO books (pmid, seen_at) VALUES (?, ?)');
    this.db.transaction(() => {
      for (const p of pmids) stmt.run(p, at);
    })();
  }

  recordCount(): number {
    return (this.db.prepare('SELECT count(*) n FROM records').get() as { n: number }).n;
  }

  /** The run of a stage that writes, when the CLI began one: new records remember it. */
  private currentRun: number | null = null;
  readonly runs: RunLog;

  beginRun(command: string): number {
    this.currentRun = this.runs.begin(command, now());
    return this.currentRun;
  }

  completeRun(): void {
    if (this.currentRun !== null) this.runs.complete(this.currentRun, now());
  }

  /** Labels a classify changed, kept with the current run. */
  recordLabelChanges(changes: LabelChange[]): void {
    if (this.currentRun !== null) this.runs.saveChanges(this.currentRun, changes);
  }

  private upsertStmt?: Database.Statement;

  saveRecords(records: SourcedRecord[], sourceFile: string | null = null): void {
    this.saveRows(records.map((s) => ({ columns: recordColumns(s.record), origin: s.origin })), sourceFile);
  }

  /**
   * Inserts or replaces records given as their columns (recordColumns, made where they were parsed);
   * a stored record with a higher PMID version is kept.
   */
  saveRows(rows: RecordRow[], sourceFile: string | null = null): void {
    const at = now();
    // Values bound by position: binding by name costs a lookup per column per row.
    this.upsertStmt ??= this.db.prepare(upsertRecordSql([...RECORD_COLUMNS, 'origin', 'source_file', 'fetched_at', 'first_run']));
    const stmt = this.upsertStmt;
    this.db.transaction(() => {
      for (const r of rows) stmt.run([...r.columns, r.origin, sourceFile, at, this.currentRun]);
    })();
  }

  getRecord(pmid: string): PubmedRecord | null {
    const row = this.db.prepare('SELECT * FROM records WHERE pmid = ?').get(pmid) as any;
    return row ? rowToRecord(row) : null;
  }

  // ---- classifications

  /**
   * Records with no classification, one from other rules, or one older than the record: only the
   * columns the classifier reads (authors and their affiliations are most of a row's JSON).
   */
  recordsToClassify(rulesVersion: string, limit: number, force = false, afterPmid = ''): ClassifiableRecord[] {
    const rows = this.db
      .prepare(
        `SELECT r.pmid, r.title, r.abstract, r.abstract_sections, r.keywords, r.mesh, r.publication_types, r.affiliations, r.coi_statement, r.grant_agencies
         FROM records r LEFT JOIN classifications c ON c.pmid = r.pmid
         WHERE r.pmid > ? AND ${TO_CLASSIFY}
         ORDER BY r.pmid LIMIT ?`,
      )
      .all(afterPmid, force ? 1 : 0, rulesVersion, limit) as any[];
    return rows.map(rowToClassifiable);
  }

  /** How many records recordsToClassify has to give. */
  countToClassify(rulesVersion: string, force = false): number {
    return this.db.prepare(`SELECT count(*) FROM records r LEFT JOIN classifications c ON c.pmid = r.pmid WHERE ${TO_CLASSIFY}`).pluck().get(force ? 1 : 0, rulesVersion) as number;
  }

  /**
   * Stores classifications given as their rows (classificationRow, made where they were classified).
   * `previous`: the labels stored before (storedLabels): a record whose label sets are unchanged keeps
   * its rows in classification_labels, where deleting and writing them again was half of these writes.
   */
  saveClassifications(items: ClassificationRow[], rulesVersion: string, previous: Map<string, Labels>): void {
    const at = now();
    const upsert = this.db.prepare(`INSERT INTO classifications (pmid, rules_version, relevant, design, sample_size, evidence, classified_at, confidence, decision, low_confidence, details)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (pmid) DO UPDATE SET rules_version = excluded.rules_version, relevant = excluded.relevant,
        design = excluded.design, sample_size = excluded.sample_size, evidence = excluded.evidence, classified_at = excluded.classified_at,
        confidence = excluded.confidence, decision = excluded.decision, low_confidence = excluded.low_confidence, details = excluded.details`);
    const clear = this.db.prepare('DELETE FROM classification_labels WHERE pmid = ?');
    const label = this.db.prepare('INSERT INTO classification_labels (pmid, field, value) VALUES (?, ?, ?)');
    this.db.transaction(() => {
      for (const { pmid, labels: l, evidence, confidence, decision, details, lowConfidence } of items) {
        upsert.run(pmid, rulesVersion, l.relevant ? 1 : 0, l.design, l.sampleSize, evidence, at, confidence, decision, lowConfidence, details);
        const before = previous.get(pmid);
        if (before && SET_FIELDS.every((f) => sameSet(before[f], l[f]))) continue;
        if (before) clear.run(pmid);
        for (const v of l.sources) label.run(pmid, 'sources', v);
        for (const v of l.routes) label.run(pmid, 'routes', v);
        for (const v of l.indications) label.run(pmid, 'indications', v);
      }
    })();
  }

  /** A classification row's labels, its set-valued ones read from classification_labels. */
  private labelSets?: Database.Statement;

  private labelsOf(row: { pmid: string; relevant: number; design: Labels['design']; sample_size: number | null }): Labels {
    this.labelSets ??= this.db.prepare('SELECT field, value FROM classification_labels WHERE pmid = ? ORDER BY field, value');
    const sets = this.labelSets.all(row.pmid) as { field: (typeof SET_FIELDS)[number]; value: string }[];
    const labels = rowLabels(row);
    for (const s of sets) addLabel(labels, row, s.field, s.value);
    return labels;
  }

  getClassification(pmid: string): (Classification & { rulesVersion: string }) | null {
    const row = this.db.prepare('SELECT * FROM classifications WHERE pmid = ?').get(pmid) as any;
    if (!row) return null;
    return { labels: this.labelsOf(row), evidence: jsonColumn(row, 'evidence', 'evidence'), ...storedConfidence(row), decision: storedDecision(row), rulesVersion: row.rules_version };
  }

  /**
   * The stored labels of these records (those classified), to tell what a new classification changed:
   * the label columns only, not the evidence, confidence and details JSON a whole classification holds.
   */
  storedLabels(pmids: string[]): Map<string, Labels> {
    // One query for the batch, where one for each record and one more for its label sets were a tenth of
    // the writing thread's time.
    const rows = this.db
      .prepare(
        `SELECT c.pmid, c.relevant, c.design, c.sample_size, l.field, l.value
           FROM json_each(?) j JOIN classifications c ON c.pmid = j.value LEFT JOIN classification_labels l ON l.pmid = c.pmid`,
      )
      .all(JSON.stringify(pmids)) as { pmid: string; relevant: number; design: Labels['design']; sample_size: number | null; field: (typeof SET_FIELDS)[number] | null; value: string }[];
    const out = new Map<string, Labels>();
    for (const r of rows) {
      let labels = out.get(r.pmid);
      if (!labels) out.set(r.pmid, (labels = rowLabels(r)));
      if (r.field) addLabel(labels, r, r.field, r.value);
    }
    // In value order, as labelsOf gives them: sorted here, where ORDER BY cost a sort of the batch's rows.
    for (const labels of out.values()) for (const f of SET_FIELDS) (labels[f] as string[]).sort();
    return out;
  }

  /** No record, search or import stored: what a run that created the file and failed leaves. */
  isEmpty(): boolean {
    return this.db.prepare('SELECT (SELECT count(*) FROM records) + (SELECT count(*) FROM search_runs) + (SELECT count(*) FROM imports)').pluck().get() === 0;
  }

  classificationCount(): number {
    return (this.db.prepare('SELECT count(*) n FROM classifications').get() as { n: number }).n;
  }

  /** Records classified relevant: the included studies of a report, but for overrides. */
  relevantCount(): number {
    return (this.db.prepare('SELECT count(*) n FROM classifications WHERE relevant = 1').get() as { n: number }).n;
  }

  // ---- reports

  /**
   * Reads in one snapshot of the database: a report written beside a running update shows one state of it,
   * where each query saw what was committed before it began (a study flow counting records its tables lack).
   */
  snapshot<T>(read: () => T): T {
    if (this.db.inTransaction) return read();
    this.db.exec('BEGIN');
    try {
      return read();
    } finally {
      if (this.db.inTransaction) this.db.exec('COMMIT');
    }
  }

  hasRecord(pmid: string): boolean {
    return this.db.prepare('SELECT 1 FROM records WHERE pmid = ?').get(pmid) !== undefined;
  }

  /** What a report needs of every classified record, streamed in PMID order. */
  *reportRows(): Generator<ReportRow> {
    const rows = this.db.prepare(`
      SELECT r.pmid, r.title, r.year, r.first_author, r.authors, r.abstract, r.abstract_sections, r.retracted, r.erratum, r.journal_iso, r.journal,
             r.volume, r.issue, r.pages,
             r.doi, c.relevant, c.design, c.sample_size, c.rules_version, c.confidence, c.evidence, c.details,
             (SELECT group_concat(field || ':' || value, '|') FROM classification_labels l WHERE l.pmid = r.pmid) AS sets
      FROM records r JOIN classifications c ON c.pmid = r.pmid
      ORDER BY CAST(r.pmid AS INTEGER)`);
    for (const row of rows.iterate() as Iterable<any>) {
      checkScalars(row);
      const labels = rowLabels(row);
      for (const pair of row.sets ? String(row.sets).split('|') : []) {
        const [field, value] = pair.split(':') as [(typeof SET_FIELDS)[number], string];
        addLabel(labels, row, field, value);
      }
      for (const f of SET_FIELDS) (labels[f] as string[]).sort();
      // Counted here, from the authors read anyway: json_array_length in the query was a sixth of its time.
      const authors = jsonColumn<Author[]>(row, 'authors', 'authors');
      yield {
        pmid: row.pmid,
        title: row.title,
        year: row.year,
        firstAuthor: row.first_author,
        authorCount: authors.length,
        journal: row.journal_iso ?? row.journal,
        journalTitle: row.journal,
        authors: authors.map((a) => (a.collectiveName ? { literal: a.collectiveName } : { family: a.lastName ?? '', given: a.foreName ?? a.initials ?? '' })),
        volume: row.volume,
        issue: row.issue,
        pages: row.pages,
        abstract: sectionsOf(row),
        retracted: row.retracted === 1,
        erratum: row.erratum === 1,
        labels,
        ...storedConfidence(row),
        evidence: jsonColumn(row, 'evidence', 'evidence'),
        doi: row.doi,
        rulesVersion: row.rules_version,
      };
    }
  }

  /** Counts for the study flow and the report header. */
  flowCounts(): FlowCounts {
    const one = (sql: string, ...args: unknown[]) => (this.db.prepare(sql).pluck().get(...args) as number | null) ?? 0;
    const search = this.latestCompletedSearch();
    return {
      search: search ? { queryName: search.queryName, term: search.term, startedAt: search.startedAt, count: search.count ?? 0 } : null,
      searchHits: search ? one('SELECT count(*) FROM search_hits WHERE run_id = ?', search.id) : 0,
      searchHitsStored: search ? one('SELECT count(*) FROM search_hits h JOIN records r ON r.pmid = h.pmid WHERE h.run_id = ?', search.id) : 0,
      importedFiles: one('SELECT count(*) FROM imports'),
      importedRecords: one('SELECT coalesce(sum(records), 0) FROM imports'),
      records: one('SELECT count(*) FROM records'),
      classified: one('SELECT count(*) FROM classifications'),
      rulesVersions: (this.db.prepare('SELECT DISTINCT rules_version FROM classifications ORDER BY 1').pluck().all() as string[]),
    };
  }

  // ---- file imports

  /**
   * Runs async work in one transaction: all of it is committed, or none. `bulk` (a file's import): a
   * rollback journal instead of the WAL for the while, when no other connection has the file open.
   * In WAL mode every page is written twice, to the WAL and then to the file, each flushed to disk; a
   * journal holds only the pages that were there before, so a load into new pages is written once
   * (measured: 20,000 records imported in 1.25 s against 1.40 s). Readers that open the file meanwhile
   * wait for the commit, as they would for any writer in that mode.
   */
  async inTransaction<T>(work: () => Promise<T>, bulk = false): Promise<T> {
    const journal = bulk && this.switchJournal('DELETE');
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = await work();
      this.db.exec('COMMIT');
      return result;
    } catch (e) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      throw e;
    } finally {
      if (journal) this.switchJournal('WAL');
    }
  }

  /** Changes the journal mode if that can be done at once: it needs the file to itself. Stays as it is otherwise. */
  private switchJournal(mode: 'DELETE' | 'WAL'): boolean {
    const timeout = this.db.pragma('busy_timeout', { simple: true }) as number;
    this.db.pragma('busy_timeout = 0');
    try {
      return String(this.db.pragma(`journal_mode = ${mode}`, { simple: true })).toUpperCase() === mode;
    } catch {
      return false;
    } finally {
      this.db.pragma(`busy_timeout = ${timeout}`);
    }
  }

  isImported(file: string, size: number, mtimeMs: number): boolean {
    const row = this.db.prepare('SELECT size, mtime_ms FROM imports WHERE file = ?').get(file) as any;
    return Boolean(row && row.size === size && row.mtime_ms === Math.floor(mtimeMs));
  }

  /** Removes these records and remembers them as deleted; returns how many of them were stored. */
  deleteRecords(pmids: string[], sourceFile: string): number {
    const at = now();
    const del = this.db.prepare('DELETE FROM records WHERE pmid = ?');
    const mark = this.db.prepare(
      'INSERT INTO deleted_records (pmid, source_file, deleted_at) VALUES (?, ?, ?) ON CONFLICT (pmid) DO NOTHING',
    );
    let removed = 0;
    this.db.transaction(() => {
      for (const pmid of pmids) {
        removed += del.run(pmid).changes;
        mark.run(pmid, sourceFile, at);
      }
    })();
    return removed;
  }

  markImported(file: string, size: number, mtimeMs: number, records: number, deleted: number): void {
    this.db
      .prepare(`INSERT INTO imports (file, size, mtime_ms, records, deleted, completed_at) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT (file) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms, records = excluded.records,
        deleted = excluded.deleted, completed_at = excluded.completed_at`)
      .run(file, size, Math.floor(mtimeMs), records, deleted, now());
  }
}

const searchWindow = (w: any) =>
  w !== null && typeof w === 'object' && orNull(w.mindate) && orNull(w.maxdate) && Number.isSafeInteger(w.count) && typeof w.webenv === 'string' && typeof w.queryKey === 'string';

/** A search run edited or damaged outside this tool: a new search writes a run of its own. */
const damagedRun = (id: number, what: string) => new UserError(`search run ${id}: the database's ${what} (edited or damaged outside exoevidence); "search" again writes a new run`);

function toSearchRun(row: any): SearchRun {
  let windows: unknown = [];
  try {
    if (row.windows) windows = JSON.parse(row.windows);
  } catch {
    windows = undefined;
  }
  if (!Array.isArray(windows) || !windows.every(searchWindow)) throw damagedRun(row.id, 'windows column is not a JSON array of date windows');
  if (row.count !== null && !Number.isSafeInteger(row.count)) throw damagedRun(row.id, 'count column holds no count');
  return { id: row.id, queryName: row.query_name, term: row.term, startedAt: row.started_at, count: row.count, windows, completedAt: row.completed_at };
}

function upsertRecordSql(columns: string[]): string {
  return `INSERT INTO records (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
    ON CONFLICT (pmid) DO UPDATE SET ${columns.filter((c) => c !== 'pmid' && c !== 'first_run').map((c) => `${c} = excluded.${c}`).join(', ')}
    WHERE excluded.version >= records.version`;
}

/** A row's confidence and details; a row classified before migration 004 has none and reads as high and empty. */
function storedConfidence(row: { pmid: string; confidence: string; details: string }): Pick<Classification, 'confidence' | 'details' | 'detailConfidence'> {
  const stored = jsonColumn<Partial<Classification['confidence']>>(row, 'confidence', 'confidence');
  const d = jsonColumn<{ values?: StudyDetails; confidence?: Partial<Classification['detailConfidence']> }>(row, 'details', 'details');
  return {
    confidence: Object.fromEntries(LABEL_FIELDS.map((f) => [f, stored[f] ?? HIGH_CONFIDENCE])) as Classification['confidence'],
    details: { ...EMPTY_DETAILS, ...d.values },
    detailConfidence: Object.fromEntries(DETAIL_FIELDS.map((f) => [f, d.confidence?.[f] ?? HIGH_CONFIDENCE])) as Classification['detailConfidence'],
  };
}

/** What a row's design and sample size weighed (explain shows it; reports do not need it). */
function storedDecision(row: { pmid: string; decision: string }): Decision {
  const decision = jsonColumn<Partial<Decision>>(row, 'decision', 'decision');
  return { design: decision.design ?? [], sampleSize: decision.sampleSize ?? [] };
}
