// The review queue end to end through the CLI, on a real SQLite file: low-confidence
// labels listed worst harm first, a filled-in file applied to the overrides (who,
// when, why), seen by explain and report, kept through classify --force; a bad
// row writes nothing.

import { describe, expect, it } from 'vitest';
import { parseReview, REVIEW_COLUMNS } from '../pipeline/stages/review.ts';
import { parseOverrides, readOverrides, withOverridesAdded } from '../pipeline/classify/overrides.ts';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { articleSetXml, type FixtureArticle } from './support/fixture-records.ts';
import { runCli } from './support/cli.ts';
import { tempDir } from './support/temp.ts';

const dir = tempDir();
const pilot: FixtureArticle = {
  pmid: '34000001', date: '2024/02/01', title: 'Exosome cream for melasma',
  sections: [{ text: 'Twenty patients with melasma were evaluated after applying an exosome cream. Melasma scores fell.' }],
};
const animal: FixtureArticle = {
  pmid: '34000002', date: '2023/03/01', title: 'Exosomes heal diabetic wounds in mice',
  sections: [{ text: 'Full-thickness wounds of diabetic mice were treated with exosomes from adipose-derived stem cells in a hydrogel. Healing was faster.' }],
};
const clear: FixtureArticle = {
  pmid: '34000003', date: '2022/01/01', title: 'Local injection of adipose stem cell exosomes accelerates diabetic wound healing in rats',
  sections: [{ text: 'Adipose stem cell exosomes were injected around full-thickness wounds of diabetic rats. Wound closure was faster than with saline.' }],
};

describe('review', () => {
  it('lists low-confidence labels, applies a filled-in file, and a bad row changes nothing', async () => {
    const db = join(dir, 'r.db');
    const reports = join(dir, 'reports');
    const overrides = join(dir, 'overrides.csv');
    writeFileSync(overrides, 'pmid,field,value,reason\n');
    const input = join(dir, 'r.xml');
    writeFileSync(input, articleSetXml([pilot, animal, clear]));
    for (const args of [['import', '--input', input], ['classify']]) {
      const r = await runCli([...args, '--db', db, '--quiet']);
      expect(r.code, r.stderr).toBe(0);
    }

    const queued = await runCli(['review', '--db', db, '--reports', reports, '--overrides', overrides]);
    expect(queued.code, queued.stderr).toBe(0);
    const file = join(reports, 'review.csv');
    const rows = parse(readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(queued.stdout).toContain(`${rows.length} low-confidence labels await review`);
    // Design in the pilot tier comes first; the clear study has nothing to review.
    expect(rows[0]).toMatchObject({ pmid: pilot.pmid, tier: 'pilot', field: 'design', label: 'human_uncontrolled', evidence: 'evaluated', corrected_value: '', reviewer: '', note: '' });
    expect(rows[0].reason).toMatch(/weak treated-people cue/);
    expect(rows[0].link).toBe(`https://pubmed.ncbi.nlm.nih.gov/${pilot.pmid}/`);
    expect(rows.filter((r) => r.pmid === animal.pmid).map((r) => r.field)).toEqual(['sources', 'routes']);
    expect(rows.some((r) => r.pmid === clear.pmid)).toBe(false);

    // The report marks the doubt in its row and counts what awaits review.
    const report = await runCli(['report', '--db', db, '--reports', reports, '--overrides', overrides]);
    expect(report.code, report.stderr).toBe(0);
    let md = readFileSync(join(reports, 'evidence-tables.md'), 'utf8');
    expect(md).toContain(`Labels awaiting review (low confidence, not corrected): ${rows.length}`);
    expect(md).toMatch(/low confidence: design \(weak treated-people cue/);

    // A bad row (an unknown code) names its line and writes nothing.
    const filled = (design: string) =>
      readFileSync(file, 'utf8').replace(/\r\n/g, '\n').split('\n').map((line, i) => {
        if (i === 1) return line.replace(/,,,$/, `,${design},A. Reviewer,Randomized per the full text`);
        if (line.startsWith(`${animal.pmid},`) && line.includes(',sources,')) return line.replace(/,,,$/, ',adipose_msc,A. Reviewer,');
        return line;
      }).join('\n');
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, filled('randomised'));
    const before = readFileSync(overrides, 'utf8');
    const refused = await runCli(['review', '--apply', bad, '--db', db, '--overrides', overrides]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/bad\.csv: line 2: unknown design code "randomised"/);
    expect(readFileSync(overrides, 'utf8')).toBe(before);

    const good = join(dir, 'good.csv');
    writeFileSync(good, filled('rct'));
    const applied = await runCli(['review', '--apply', good, '--db', db, '--overrides', overrides]);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toContain('2 corrections added');
    const o = parse(readFileSync(overrides, 'utf8'), { columns: true }) as Record<string, string>[];
    expect(o).toEqual([
      { pmid: pilot.pmid, field: 'design', value: 'rct', reason: 'Randomized per the full text', reviewer: 'A. Reviewer', date: expect.stringMatching(/^\d{4}-\d\d-\d\d$/) },
      { pmid: animal.pmid, field: 'sources', value: 'adipose_msc', reason: '', reviewer: 'A. Reviewer', date: expect.stringMatching(/^\d{4}-\d\d-\d\d$/) },
    ]);

    // The corrections hold through classify --force, and explain and the report show them.
    expect((await runCli(['classify', '--force', '--db', db, '--quiet'])).code).toBe(0);
    const explained = await runCli(['explain', pilot.pmid, '--db', db, '--overrides', overrides]);
    expect(explained.stdout).toMatch(/design = rct {2}\(line 2, by A\. Reviewer on \d{4}-\d\d-\d\d: Randomized per the full text\)/);
    // A damaged corrections file is one error and no explanation cut short; a row that cannot apply is said, as classify says it.
    const damaged = join(dir, 'damaged.csv');
    writeFileSync(damaged, `pmid,field,value,reason\n${pilot.pmid},design,rct,"never closed\n`);
    const refusedExplain = await runCli(['explain', pilot.pmid, '--db', db, '--overrides', damaged]);
    expect([refusedExplain.code, refusedExplain.stdout]).toEqual([1, '']);
    expect(refusedExplain.stderr).toMatch(/damaged\.csv: not valid CSV/);
    // classify reads the corrections before it labels anything: a damaged file changes no stored label
    // (it classified every record first, printed its summary and then failed).
    const storedBefore = await runCli(['explain', pilot.pmid, '--db', db]);
    const refusedClassify = await runCli(['classify', '--force', '--diff', '--db', db, '--overrides', damaged]);
    expect([refusedClassify.code, refusedClassify.stdout]).toEqual([1, '']);
    expect(refusedClassify.stderr.trim()).toMatch(/^exoevidence: .*damaged\.csv: not valid CSV/);
    expect((await runCli(['explain', pilot.pmid, '--db', db])).stdout).toBe(storedBefore.stdout);
    writeFileSync(damaged, `pmid,field,value,reason\n${pilot.pmid},sample_size,-5,typo\n`);
    const inapplicable = await runCli(['explain', pilot.pmid, '--db', db, '--overrides', damaged]);
    expect(inapplicable.code).toBe(0);
    expect(inapplicable.stderr).toMatch(/^explain: override not applied: .*damaged\.csv: line 2: sample_size must be a count of people from 1 to 999999999, or empty, not "-5"$/m);
    // No study has 0 people, and 20 digits were kept as 1e20 (total N in the tables followed).
    for (const n of ['0', '99999999999999999999', '012']) {
      writeFileSync(damaged, `pmid,field,value,reason\n${pilot.pmid},sample_size,${n},typo\n`);
      expect((await runCli(['explain', pilot.pmid, '--db', db, '--overrides', damaged])).stderr).toContain(`sample_size must be a count of people from 1 to 999999999, or empty, not "${n}"`);
    }
    await runCli(['report', '--db', db, '--reports', reports, '--overrides', overrides]);
    md = readFileSync(join(reports, 'evidence-tables.md'), 'utf8');
    expect(md).toMatch(/## RCT \(1\)/);
    expect(md).toContain(`Labels awaiting review (low confidence, not corrected): ${rows.length - 2}`);
    const again = await runCli(['review', '--db', db, '--reports', reports, '--overrides', overrides]);
    expect(again.stdout).toContain(`${rows.length - 2} low-confidence labels await review`);
    expect(existsSync(file)).toBe(true);
  });

  it('writes a reviewer or reason that a spreadsheet would run as a formula as text, as the exports do', () => {
    const text = withOverridesAdded('', [{ pmid: '1', field: 'design', value: 'rct', reason: '@SUM(A1)', reviewer: '=HYPERLINK("http://x")', date: '2026-12-02' }]);
    const [row] = parse(text, { columns: true }) as Record<string, string>[];
    expect(row).toMatchObject({ value: 'rct', reason: "'@SUM(A1)", reviewer: '\'=HYPERLINK("http://x")', date: '2026-12-02' });
  });

  it('names the line a bad row starts on, past comments, blank lines and a note typed over two lines', () => {
    const known = (p: string) => p !== '404';
    const review = [REVIEW_COLUMNS.join(','), '', '1,T,,rct,design,pilot,low,,rct,ana,"first line', 'second line"', '', '2,T,,rct,design,pilot,low,,banana,ana,x'].join('\r\n');
    expect(() => parseReview(review, 'r.csv', known, '2026-12-03')).toThrow('r.csv: line 6: unknown design code "banana"');
    const overrides = ['# corrections of 2026', 'pmid,field,value,reason', '', '1,design,rct,"see #12,', 'the methods"', '404,design,rct,gone', '1,routes,nasal,x'].join('\n');
    const set = parseOverrides(overrides, 'o.csv', known);
    expect(set.problems).toEqual(['o.csv: line 6: PMID 404 is not in the database', expect.stringMatching(/^o\.csv: line 7: unknown routes code "nasal" /)]);
    // '#' inside a field is text, not the start of a comment.
    expect(set.byPmid.get('1')).toMatchObject([{ reason: 'see #12,\nthe methods', line: 4 }]);
  });

  it('refuses a file that is not a review queue even when it holds no rows, and names an overrides path that is a folder', () => {
    const known = () => true;
    expect(() => parseReview('nonsense\n', 'other.csv', known, '2026-11-30')).toThrow(/other\.csv: missing column "pmid"/);
    expect(() => parseReview('pmid,field,value\n', 'overrides.csv', known, '2026-11-30')).toThrow(/overrides\.csv: missing column "corrected_value"/);
    expect(parseReview(`${REVIEW_COLUMNS.join(',')}\n`, 'review.csv', known, '2026-11-30')).toEqual([]);
    expect(() => readOverrides(dir, known)).toThrow(new RegExp(`${dir} \\(manual corrections\\): not a regular file`));
  });
});
