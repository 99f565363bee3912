// The log of runs for living updates: which run of which stage stored what,
// and which labels each classify changed. Kept apart from db.ts by concern;
// like it, the only place that writes these tables' SQL.

import type Database from 'better-sqlite3';
import type { LabelChange } from '../types.ts';

export interface RunInfo {
  id: number;
  command: string;
  startedAt: string;
}

export class RunLog {
  constructor(private readonly db: Database.Database) {}

  begin(command: string, at: string): number {
    return Number(this.db.prepare('INSERT INTO pipeline_runs (command, started_at) VALUES (?, ?)').run(command, at).lastInsertRowid);
  }

  complete(id: number, at: string): void {
    this.db.prepare('UPDATE pipeline_runs SET completed_at = ? WHERE id = ?').run(at, id);
  }

  saveChanges(runId: number, changes: LabelChange[]): void {
    const ins = this.db.prepare('INSERT OR REPLACE INTO label_changes (run_id, pmid, field, before, after) VALUES (?, ?, ?, ?, ?)');
    this.db.transaction(() => {
      for (const c of changes) ins.run(runId, c.pmid, c.field, c.before, c.after);
    })();
  }

  /** The latest run that first stored records: what "new since the last run" is measured from. */
  latestWithNewRecords(): RunInfo | null {
    const row = this.db
      .prepare('SELECT p.id, p.command, p.started_at FROM pipeline_runs p WHERE EXISTS (SELECT 1 FROM records r WHERE r.first_run = p.id) ORDER BY p.id DESC LIMIT 1')
      .get() as { id: number; command: string; started_at: string } | undefined;
    return row ? { id: row.id, command: row.command, startedAt: row.started_at } : null;
  }

  firstStoredIn(runId: number): string[] {
    return this.db.prepare('SELECT pmid FROM records WHERE first_run = ? ORDER BY CAST(pmid AS INTEGER)').pluck().all(runId) as string[];
  }

  /** Label changes made by classify since a run began (that run included), the latest change of each label. */
  changesSince(runId: number): LabelChange[] {
    return this.db
      .prepare(
        `SELECT pmid, field, (SELECT before FROM label_changes f WHERE f.pmid = c.pmid AND f.field = c.field AND f.run_id >= ? ORDER BY run_id LIMIT 1) AS before, after
         FROM label_changes c WHERE run_id = (SELECT max(run_id) FROM label_changes l WHERE l.pmid = c.pmid AND l.field = c.field AND l.run_id >= ?)
         ORDER BY CAST(pmid AS INTEGER), field`,
      )
      .all(runId, runId) as LabelChange[];
  }
}
