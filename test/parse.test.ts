// The XML and MEDLINE parsers on the traps real PubMed data sets.

import { describe, expect, it, vi } from 'vitest';
import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RecordScanner, scanXml } from '../pipeline/pubmed/xml-records.ts';
import { parseArticleXml } from '../pipeline/pubmed/parse-xml.ts';
import { mayHoldForbidden } from '../pipeline/pubmed/xml-tokens.ts';
import { packRecords, runTask, type RowResult } from '../pipeline/workers/tasks.ts';
import { medlineFields, medlineRecords, parseMedline } from '../pipeline/pubmed/parse-medline.ts';
import { splitAbstract } from '../pipeline/pubmed/sections.ts';
import { invalidUtf8Bytes } from '../pipeline/pubmed/utf8.ts';
import { abstractText } from '../pipeline/types.ts';
import { collapseSpace } from '../pipeline/pubmed/inline-text.ts';
import { articleMedline, articleSetXml, articleXml, type FixtureArticle } from './support/fixture-records.ts';

const edge = readFileSync(join(import.meta.dirname, 'fixtures/edge-cases.xml'), 'utf8');
const items = scanXml(edge);
const records = items.filter((i) => i.kind === 'article').map((i) => parseArticleXml(i.xml));
const [mixed, vernacular, dated] = records;

describe('PubMed XML parser', () => {
  it('folds each run of white space to one space and trims, whatever the run holds', () => {
    const chars = ['a', 'é', ' ', ' ', '\n', '\t', '\r', '\u00a0', '\u2003', '\u3000'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % chars.length;
    for (let k = 0; k < 5000; k++) {
      const s = Array.from({ length: k % 13 }, () => chars[next()]).join('');
      expect(collapseSpace(s), JSON.stringify(s)).toBe(s.replace(/\s+/g, ' ').trim());
    }
  });

  it('keeps every word of titles with inline markup, in order', () => {
    expect(mixed.title).toBe('Vesicles from Lactobacillus plantarum lower IL-1β in ex vivo skin & reach 109 particles');
  });

  it('keeps every abstract section with its label, MathML text and decoded entities', () => {
    expect(mixed.abstract.map((s) => s.label)).toEqual(['BACKGROUND', 'METHODS', 'RESULTS', 'CONCLUSIONS']);
    expect(mixed.abstract[0].text).toBe('Bacterial vesicles (EVs) were made at 37°C < 40°C.');
    expect(mixed.abstract[1].text).toBe('We measured x+1 units in three donors.');
    expect(mixed.abstract[2].text).toBe('Redness fell by 30 % (p < 0.05).');
    expect(abstractText(mixed.abstract)).toMatch(/^BACKGROUND: Bacterial .* CONCLUSIONS: Probiotic vesicles calm skin in vitro\.$/);
    expect(abstractText(mixed.abstract)).not.toContain('[object Object]');
  });

  it("takes the record's own PMID, never one nested in comments or references", () => {
    expect(records.map((r) => r.pmid)).toEqual(['90000001', '90000002', '90000003']);
  });

  it('reads the other fields', () => {
    expect(mixed).toMatchObject({
      version: 1,
      year: 2020,
      journal: { title: 'Journal of Made-up Skin Science & Repair', isoAbbreviation: 'J Made-up Skin Sci Repair' },
      firstAuthorAffiliation: 'Department of Dermatology, Imaginary University, Nowhere.',
      languages: ['eng'],
      publicationTypes: ['Journal Article', 'Review'],
      keywords: ['postbiotics', 'L. plantarum'],
      doi: '10.0000/made-up.1',
      pmcid: 'PMC0000001',
      retracted: false,
      erratum: false,
    });
    expect(mixed.authors[0]).toMatchObject({ lastName: 'Müller', foreName: 'Jörg', initials: 'J' });
    expect(mixed.authors[1].collectiveName).toBe('Skin Vesicle Study Group');
    expect(mixed.mesh[0]).toEqual({ descriptor: 'Extracellular Vesicles', majorTopic: true, qualifiers: [{ name: 'metabolism', majorTopic: false }] });
  });

  it('uses VernacularTitle for "[Not Available]." titles, years from seasons, PMID versions and notices', () => {
    expect(vernacular).toMatchObject({ title: 'Les vésicules et la peau', year: 1990, version: 2, retracted: true, erratum: true });
    expect(vernacular.abstract).toEqual([{ label: null, category: null, text: 'Un texte court.' }]);
  });

  it('falls back to ArticleDate for the year and flags retracted publication types', () => {
    expect(dated).toMatchObject({ year: 2023, retracted: true, title: 'A title with a line break inside', abstract: [] });
  });

  it('skips blocks the record does not read, nested ones too, without touching the rest', () => {
    const xml = '<PubmedArticle><MedlineCitation><PMID Version="1">8</PMID><Article><ArticleTitle>Kept <i>in</i> full</ArticleTitle></Article></MedlineCitation><PubmedData><ReferenceList><Reference><Citation>x</Citation></Reference><ReferenceList><Reference><Citation>y</Citation></Reference></ReferenceList></ReferenceList><ArticleIdList><ArticleId IdType="doi">10.1/x</ArticleId></ArticleIdList></PubmedData></PubmedArticle>';
    expect(parseArticleXml(xml)).toMatchObject({ pmid: '8', title: 'Kept in full', doi: '10.1/x' });
  });

  it('reads a bare <PubmedArticle> document with no set around it', () => {
    const one = edge.slice(edge.indexOf('<PubmedArticle>'), edge.indexOf('</PubmedArticle>') + '</PubmedArticle>'.length);
    const found = scanXml(`<?xml version="1.0"?>\n${one}\n`);
    expect(found.map((i) => i.kind)).toEqual(['article']);
  });

  it('finds the same records however the bytes are cut into chunks, multi-byte characters too', () => {
    const bytes = Buffer.from(edge);
    const whole = scanXml(edge);
    expect(whole.filter((i) => i.kind === 'article').some((i) => /[^\x00-\xff]/.test((i as { xml: string }).xml))).toBe(true);
    for (const size of [1, 2, 3, 7, 64, 1000]) {
      const scanner = new RecordScanner();
      const items = [];
      for (let at = 0; at < bytes.length; at += size) items.push(...scanner.push(bytes.subarray(at, at + size)));
      scanner.end();
      expect(items, `chunks of ${size}`).toEqual(whole);
    }
  });

  it('gives up on a record that runs on for 32 MB without closing', () => {
    const scanner = new RecordScanner();
    scanner.push('<PubmedArticleSet>\n<PubmedArticle><MedlineCitation><PMID>1</PMID>');
    const filler = Buffer.alloc(1 << 20, 'x');
    expect(() => {
      for (let i = 0; i < 40; i++) scanner.push(filler);
    }).toThrow(/record 1 \(<PubmedArticle>\) runs past 32 MB without closing/);
  });

  it('reads DeleteCitation entries of update files', () => {
    expect(items.filter((i) => i.kind === 'delete')).toEqual([{ kind: 'delete', pmids: ['90000004'] }]);
  });

  it('names a book chapter by its own PMID, and counts it among the records', () => {
    const book = '<PubmedBookArticle><BookDocument><PMID Version="1">29262052</PMID><Book><BookTitle>StatPearls</BookTitle></Book></BookDocument><PubmedBookData><ArticleIdList><ArticleId IdType="pubmed">29262052</ArticleId></ArticleIdList></PubmedBookData></PubmedBookArticle>';
    const got = scanXml(`<PubmedArticleSet>${book}<PubmedArticle><MedlineCitation><PMID>7</PMID></MedlineCitation></PubmedArticle></PubmedArticleSet>`);
    expect(got.map((i) => (i.kind === 'article' ? `article ${i.index}` : i.kind === 'book' ? `book ${i.pmid} ${i.index}` : 'delete'))).toEqual(['book 29262052 1', 'article 2']);
  });

  it('rejects malformed XML with the line at fault', () => {
    expect(() => parseArticleXml('<PubmedArticle><MedlineCitation><PMID>1</PMID></PubmedArticle>')).toThrow(/malformed XML at line 1: expected <\/MedlineCitation>, found <\/PubmedArticle>/);
    const bad: [string, RegExp][] = [
      ['<PubmedArticle>\n<MedlineCitation><PMID>1</PMID>\n<X a=1></X></MedlineCitation></PubmedArticle>', /line 3: malformed attributes in <X>/],
      ['<PubmedArticle><MedlineCitation><PMID>1</PMID>AT&T</MedlineCitation></PubmedArticle>', /bare "&"/],
      ['<PubmedArticle><MedlineCitation><PMID>1</PMID><!-- open', /comment is never closed/],
      ['<PubmedArticle><MedlineCitation><PMID>1</PMID></MedlineCitation>', /<PubmedArticle> is never closed/],
    ];
    for (const [xml, message] of bad) expect(() => parseArticleXml(xml), xml).toThrow(message);
  });

  it('never expands entities a DOCTYPE declares', () => {
    const bomb = `<?xml version="1.0"?>
<!DOCTYPE PubmedArticleSet [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY xxe SYSTEM "file:///etc/passwd">
  <!ENTITY fake "<PubmedArticle><MedlineCitation><PMID>666</PMID></MedlineCitation></PubmedArticle>">
]>
<PubmedArticleSet>${articleSetXml([]).split('<PubmedArticleSet>')[1].replace('</PubmedArticleSet>', '')}
<PubmedArticle><MedlineCitation><PMID Version="1">5</PMID><Article><ArticleTitle>Title &lol3; &xxe;</ArticleTitle></Article></MedlineCitation></PubmedArticle>
</PubmedArticleSet>`;
    const found = scanXml(bomb).filter((i) => i.kind === 'article');
    expect(found).toHaveLength(1);
    const r = parseArticleXml((found[0] as { xml: string }).xml);
    expect(r.pmid).toBe('5');
    expect(r.title).toBe('Title &lol3; &xxe;');
  });
});

describe('inline text', () => {
  it('keeps CDATA and numeric references, drops comments, and collapses white space', () => {
    const r = parseArticleXml('<PubmedArticle><MedlineCitation><PMID Version="1">7</PMID><Article><ArticleTitle>a <![CDATA[<b> & c]]>\n  d&#x3B1;<!-- note --> e</ArticleTitle></Article></MedlineCitation></PubmedArticle>');
    expect(r.title).toBe('a <b> & c dα e');
  });
});

describe('section labels written into an abstract', () => {
  const xml = (abstract: string) => `<PubmedArticle><MedlineCitation><PMID Version="1">7</PMID><Article><ArticleTitle>t</ArticleTitle><Abstract>${abstract}</Abstract></Article></MedlineCitation></PubmedArticle>`;
  const sections = (abstract: string) => parseArticleXml(xml(abstract)).abstract.map((s) => [s.label, s.text]);

  it('splits an unlabelled abstract at the labels its text holds, in capitals or as sections are usually named, as MEDLINE text is split', () => {
    const text = 'Lasers are used on scars. Methods: Twelve people used a serum. See Fig. 2: the scale. Materials &amp; methods: none. RESULTS: Wrinkles improved. Conclusions and relevance: It helps.';
    const expected = [
      [null, 'Lasers are used on scars.'],
      ['Methods', 'Twelve people used a serum. See Fig. 2: the scale.'],
      ['Materials & methods', 'none.'],
      ['RESULTS', 'Wrinkles improved.'],
      ['Conclusions and relevance', 'It helps.'],
    ];
    expect(sections(`<AbstractText>${text}</AbstractText>`)).toEqual(expected);
    expect([...parseMedline(`PMID- 7\nTI  - t\nAB  - ${text.replace('&amp;', '&')}\n`)][0].abstract.map((s) => [s.label, s.text])).toEqual(expected);
  });

  it('leaves a structured abstract as its labels cut it, and a capitalised phrase before a colon as text', () => {
    expect(sections('<AbstractText Label="BACKGROUND">Old. Methods: new.</AbstractText><AbstractText>Unlabelled. Results: kept.</AbstractText>')).toEqual([
      ['BACKGROUND', 'Old. Methods: new.'],
      [null, 'Unlabelled. Results: kept.'],
    ]);
    expect(sections('<AbstractText>Twelve people. Skin Barrier Function: it improved. Methods in brief: none.</AbstractText>')).toEqual([[null, 'Twelve people. Skin Barrier Function: it improved. Methods in brief: none.']]);
    expect(sections('<AbstractText></AbstractText>')).toEqual([[null, '']]);
  });
});

describe('MEDLINE parser', () => {
  const article: FixtureArticle = {
    pmid: '90000010',
    date: '2021/03/04',
    title: 'A long title that goes on and on so that the MEDLINE export has to wrap it across more than one line of text',
    sections: [
      { text: 'An unlabelled opening paragraph.' },
      { label: 'Materials and Methods', text: 'Twelve volunteers (n = 12) used a serum. See Fig. 2: results.' },
      { label: 'Results', text: 'Wrinkles improved (p < 0.01).' },
    ],
    publicationTypes: ['Journal Article', 'Randomized Controlled Trial'],
    authors: [
      { last: 'Smith', fore: 'Jane', initials: 'J', affiliation: 'Clinic A, City B.' },
      { last: 'Doe', fore: 'John Q', initials: 'JQ' },
    ],
    keywords: ['exosome', 'split-face'],
    doi: '10.0000/made-up.10',
  };

  it('gives the same record as the XML of the same article, field by field', () => {
    const fromXml = parseArticleXml((scanXml(articleSetXml([article]))[0] as { xml: string }).xml);
    const [fromMedline] = [...parseMedline(articleMedline(article))];
    for (const k of ['pmid', 'title', 'year', 'languages', 'publicationTypes', 'keywords', 'doi', 'firstAuthorAffiliation'] as const)
      expect(fromMedline[k], k).toEqual(fromXml[k]);
    expect(abstractText(fromMedline.abstract)).toBe(abstractText(fromXml.abstract));
    expect(fromMedline.abstract.map((s) => s.label)).toEqual([null, 'MATERIALS AND METHODS', 'RESULTS']);
    expect(fromMedline.authors.map((a) => [a.lastName, a.foreName, a.initials])).toEqual(fromXml.authors.map((a) => [a.lastName, a.foreName, a.initials]));
  });

  it('does not take a colon inside a sentence for a section label', () => {
    expect(splitAbstract('Twelve people. See Fig. 2: results were good.').map((s) => s.label)).toEqual([null]);
  });

  it('names the line of a broken record', () => {
    expect(() => [...parseMedline('PMID- 1\nTI  - ok\nthis is not a tag line\n')]).toThrow(/line 3: not a MEDLINE/);
    expect(() => [...parseMedline('TI  - a title with no PMID\n')]).toThrow(/record at line 1: record without a valid PMID/);
  });

  it('refuses control characters, as the XML reader does, naming the line: a crafted title would reach reports as an escape sequence', () => {
    expect(() => [...parseMedline('PMID- 1\nTI  - ok\n\nPMID- 2\nTI  - Bad \u001b]0;x\u0007 title\n')]).toThrow(/^line 5: control character U\+001B/);
    expect(() => [...parseMedline('PMID- 1\nAB  - a\u0000b\n')]).toThrow(/^line 2: control character U\+0000/);
    expect([...parseMedline('PMID- 1\nTI  - a\ttab\r\n')][0].title).toBe('a tab');
  });
});

describe('where in the journal', () => {
  it('reads volume, issue and pages from XML and MEDLINE alike', () => {
    const a = { pmid: '35100001', date: '2024/02/01', title: 'Exosomes and skin', sections: [{ text: 'Text.' }], volume: '12', issue: '3 Suppl', pages: 'e100-e110' };
    const xml = parseArticleXml(articleXml(a));
    const [medline] = [...parseMedline(articleMedline(a))];
    for (const r of [xml, medline]) expect({ volume: r.volume, issue: r.issue, pages: r.pages }).toEqual({ volume: '12', issue: '3 Suppl', pages: 'e100-e110' });
  });
});

describe('record scanner and tokenizer on hostile XML', () => {
  const rec = (pmid: string, title: string) => articleSetXml([{ pmid, date: '2024/01/01', title, sections: [{ text: 'Text.' }] }]).replace(/^[\s\S]*?<PubmedArticleSet>\n/, '').replace(/<\/PubmedArticleSet>\n$/, '');
  const set = (body: string) => `<?xml version="1.0"?>\n<PubmedArticleSet>\n${body}</PubmedArticleSet>\n`;
  const pmidsIn = (xml: string, chunk?: number) => {
    const scanner = new RecordScanner();
    const items = [];
    const bytes = Buffer.from(xml);
    if (chunk) for (let i = 0; i < bytes.length; i += chunk) items.push(...scanner.push(bytes.subarray(i, i + chunk)));
    else items.push(...scanner.push(bytes));
    scanner.end();
    return items.filter((x) => x.kind === 'article').map((x) => parseArticleXml((x as { xml: string }).xml).pmid);
  };

  it('does not take a record inside a comment or CDATA, nor end one at a closing tag inside a comment', () => {
    // Openers are sought by their '!': text may hold one just before ("Wow!<!--").
    const xml = set(`${rec('1', 'First!')}<!-- ${rec('2', 'Commented out!')} -->\n${rec('3', 'Third').replace('<Abstract>', '<Abstract>!<!-- </PubmedArticle> <![CDATA[ </PubmedArticle> ]]> -->!!<![CDATA[!]]>')}`);
    for (const chunk of [undefined, 1, 7, 64]) expect(pmidsIn(xml, chunk), `chunks of ${chunk}`).toEqual(['1', '3']);
  });

  it('does not take a record inside a processing instruction, which ends only at "?>"', () => {
    const xml = set(`${rec('1', 'First?')}<?note ${rec('2', 'In an instruction')} ?>\n${rec('3', 'Third').replace('<Abstract>', '<Abstract>?<?pi </PubmedArticle> > ?>')}`);
    for (const chunk of [undefined, 1, 7, 64]) expect(pmidsIn(xml, chunk), `chunks of ${chunk}`).toEqual(['1', '3']);
    expect(parseArticleXml(rec('4', 'BeforePIafter').replace('PI', '<?pi a > b?>')).title).toBe('Beforeafter');
  });

  it('joins a record or comment open across many chunks once, when what closes it comes', () => {
    // Joined again at each chunk, a comment left open cost 17 s before its 32 MB cap: the copies grew as the square of its size.
    const filler = 'x'.repeat(1000);
    const cases = [
      ['comment between records', `${rec('1', 'First')}<!-- ${filler.repeat(400)} -->\n${rec('2', 'Second')}`, ['1', '2']],
      ['comment in a record', rec('3', 'Third').replace('<Abstract>', `<Abstract><!-- ${filler.repeat(400)} -->`), ['3']],
      ['long record', rec('4', filler.repeat(400)), ['4']],
    ] as const;
    for (const [what, body, pmids] of cases) {
      // Bytes are joined by Buffer.concat or copied into a buffer with room to grow.
      const concat = vi.spyOn(Buffer, 'concat');
      const copy = vi.spyOn(Buffer.prototype, 'copy');
      const xml = set(body);
      expect(pmidsIn(xml, 1000), what).toEqual(pmids);
      const copied = [...concat.mock.results, ...copy.mock.results].reduce((n, r) => n + (typeof r.value === 'number' ? r.value : (r.value as Buffer).length), 0);
      concat.mockRestore();
      copy.mockRestore();
      expect(copied, what).toBeLessThan(3 * xml.length);
    }
  });

  it('resumes a record left open where the last chunk left it, however many comments with closing tags it holds', () => {
    // Searched again from the record's start at each chunk, and joined anew, 4,000 such comments in 100 chunks
    // took 718,000 searches; 31 MB of them, 53 s.
    const xml = set(rec('5', 'Many comments').replace('<Abstract>', `<Abstract>${'<!-- </PubmedArticle> --><![CDATA[ </PubmedArticle> ]]>'.repeat(2000)}`));
    const indexOf = vi.spyOn(Buffer.prototype, 'indexOf');
    const copy = vi.spyOn(Buffer.prototype, 'copy');
    expect(pmidsIn(xml, Math.ceil(xml.length / 100))).toEqual(['5']);
    const searches = indexOf.mock.calls.length;
    const copied = copy.mock.results.reduce((n, r) => n + (r.value as number), 0);
    indexOf.mockRestore();
    copy.mockRestore();
    expect(searches).toBeLessThan(10 * 4000);
    expect(copied).toBeLessThan(3 * xml.length);
    for (const chunk of [1, 13, 4096]) expect(pmidsIn(xml, chunk), `chunks of ${chunk}`).toEqual(['5']);
  });

  it('gives the same records, or the same error, wherever the chunks are cut: random files of comments, CDATA and closing tags', () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n);
    const inside = ['<!-- </PubmedArticle> -->', '<![CDATA[ </PubmedArticle> <!-- ]]>', '<!-- <![CDATA[ -->', 'text!', '<b>x</b>', '<!-- <PubmedArticle> -->', '!<!---->', '<![CDATA[]]>', '</PubmedArticl', '<?pi </PubmedArticle> > ?>', 'why?', '<?x?>'];
    const between = ['\n', '<!-- <PubmedArticle><PMID>9</PMID></PubmedArticle> -->\n', '<![CDATA[ <PubmedArticle> ]]>', '', '<?pi <PubmedArticle><PMID>8</PMID></PubmedArticle> ?>\n'];
    const record = (i: number) => `<PubmedArticle><MedlineCitation><PMID>${i}</PMID>${Array.from({ length: rnd(6) }, () => inside[rnd(inside.length)]).join('')}</MedlineCitation></PubmedArticle>`;
    const read = (xml: Buffer, cuts: number[]) => {
      const scanner = new RecordScanner();
      const out: string[] = [];
      let at = 0;
      try {
        for (const cut of [...cuts, xml.length]) {
          for (const item of scanner.pushRaw(xml.subarray(at, cut))) out.push(item.kind === 'article' ? Buffer.from(item.bytes).toString() : item.kind === 'book' ? `book ${item.pmid}` : item.pmids.join());
          at = cut;
        }
        scanner.end();
      } catch (e) {
        out.push(`error: ${(e as Error).message}`);
      }
      return out;
    };
    for (let t = 0; t < 500; t++) {
      const xml = Buffer.from(set(Array.from({ length: 1 + rnd(4) }, (_, i) => record(i + 1) + between[rnd(between.length)]).join('')));
      const whole = read(xml, []);
      for (let k = 0; k < 5; k++) {
        const cuts = [...new Set(Array.from({ length: 1 + rnd(30) }, () => rnd(xml.length)))].sort((a, b) => a - b);
        expect(read(xml, cuts), `${xml} cut at ${cuts}`).toEqual(whole);
      }
    }
  });

  it('reads elements named like properties of any object (constructor, toString, __proto__) as any unknown element', () => {
    const xml = rec('6', 'Named').replace('<Article>', '<constructor><name>x</name></constructor><__proto__><toString>y</toString></__proto__><Article><toString><name>z</name></toString>');
    expect(parseArticleXml(xml)).toMatchObject({ pmid: '6', title: 'Named' });
  });

  it('reads ">" inside a quoted attribute value', () => {
    const xml = rec('4', 'Quoted').replace('<ArticleTitle>', '<ArticleTitle Note="a > b">');
    expect(parseArticleXml(xml).title).toBe('Quoted');
  });

  it('refuses control characters XML 1.0 forbids, raw or as references, naming the line', () => {
    expect(() => parseArticleXml(rec('5', 'Bad \u001b[2J title'))).toThrow(/line \d+: control character U\+001B/);
    expect(() => parseArticleXml(rec('6', 'Bad REF title').replace('REF', '&#x1b;'))).toThrow(/character reference &#x1b; to a character XML 1.0 forbids/);
    // Half of a UTF-16 pair is no character: stored, it became three replacement characters.
    expect(() => parseArticleXml(rec('7', 'Bad REF title').replace('REF', '&#xD800;'))).toThrow(/character reference &#xD800; to a character XML 1.0 forbids/);
  });

  it('looks for forbidden characters in a whole block of records where it is packed, and names the record that holds one', () => {
    const article = (xml: string, index: number) => ({ kind: 'article' as const, bytes: Buffer.from(xml), encoding: null, index });
    // Tab, line ends, accents, dashes, curly quotes and the replacement character (EF BF BD) are allowed.
    const clean = rec('8', 'Crème\t– “quoted”\r\n\uFFFD title');
    expect(mayHoldForbidden(Buffer.from(clean))).toBe(false);
    for (const c of ['\u0000', '\u0008', '\u000b', '\u000c', '\u000e', '\u001f', '\ufffe', '\uffff']) expect(mayHoldForbidden(Buffer.from(rec('9', `Bad ${c} title`))), escape(c)).toBe(true);
    const checked = packRecords([article(clean, 0), article(rec('9', 'Plain'), 1)]);
    expect(checked.checked).toBe(true);
    expect((runTask('row', [checked]) as RowResult[][])[0].map((r) => 'columns' in r)).toEqual([true, true]);
    // One bad record leaves its block to be checked record by record, with the error the parser gives.
    const mixed = packRecords([article(clean, 0), article(rec('10', 'Bad \u001b[2J title'), 1)]);
    expect(mixed.checked).toBe(false);
    const [good, bad] = (runTask('row', [mixed]) as RowResult[][])[0];
    expect('columns' in good).toBe(true);
    expect(bad).toMatchObject({ error: expect.stringMatching(/PMID 10.*control character U\+001B/) });
  });

  it('gives up on a DOCTYPE whose internal subset never closes, after 1 MB', () => {
    const scanner = new RecordScanner();
    const junk = Buffer.from(`<!ENTITY e "${'x'.repeat(1000)}">\n`);
    expect(() => {
      scanner.push('<?xml version="1.0"?>\n<!DOCTYPE PubmedArticleSet [\n');
      for (let i = 0; i < 3000; i++) scanner.push(junk);
    }).toThrow(/no root element in the first 1 MB/);
  });
});

describe('MEDLINE line ends', () => {
  it('reads CR-only line ends as line ends', () => {
    const [r] = [...parseMedline('PMID- 39500001\rTI  - Exosomes and\r      skin\rAB  - Text.\r\rPMID- 39500002\rTI  - Second\r')];
    expect(r.title).toBe('Exosomes and skin');
    expect([...parseMedline('PMID- 1\rTI  - A\r\rPMID- 2\rTI  - B\r')].map((x) => x.pmid)).toEqual(['1', '2']);
  });
});

describe('MEDLINE streamed', () => {
  const text = 'PMID- 39500001\r\nTI  - Exosomes and\r\n      skin “wounds”\r\nAB  - Text.\r\n\r\nPMID- 39500002\rTI  - Second\r\rPMID- 39500003\nTI  - Third\n      line\n';
  async function* chunked(bytes: Buffer, cuts: number[]) {
    let at = 0;
    for (const c of [...cuts, bytes.length]) (yield bytes.subarray(at, c), (at = c));
  }
  const read = async (chunks: AsyncIterable<Buffer>) => {
    const out = [];
    for await (const r of medlineRecords(chunks)) out.push(r);
    return out;
  };

  it('gives the records of the text read whole, wherever the chunks are cut (CRLF split included)', async () => {
    const bytes = Buffer.from(text);
    const whole = [...medlineFields(text)];
    expect(whole).toHaveLength(3);
    for (let cut = 1; cut < bytes.length; cut++) expect(await read(chunked(bytes, [cut])), `cut at ${cut}`).toEqual(whole);
    expect(await read(chunked(bytes, [...Array(bytes.length - 1).keys()].map((k) => k + 1)))).toEqual(whole);
  });

  it('stops a line that runs past 32 MB without a line end, however it is cut', async () => {
    async function* endless() {
      yield Buffer.from('PMID- 1\nTI  - ');
      const piece = Buffer.from('x'.repeat(1 << 16));
      for (let i = 0; i < 1000; i++) yield piece;
    }
    await expect(read(endless())).rejects.toThrow(/a line runs past 32 MB/);
  });

  it('stops a record that runs past 32 MB, naming its line, without holding more', async () => {
    async function* endless() {
      yield Buffer.from('PMID- 1\nTI  - Short\n\nPMID- 2\nAB  - ');
      const line = Buffer.from(`      ${'x'.repeat(1 << 16)}\n`);
      for (let i = 0; i < 1000; i++) yield line; // 64 MB in all, if it were read
    }
    await expect(read(endless())).rejects.toThrow(/record at line 4 runs past 32 MB/);
  });

  it('counts the bytes of invalid UTF-8 in the record that holds them', async () => {
    const bytes = Buffer.concat([Buffer.from('PMID- 1\nTI  - Good\n\nPMID- 2\nTI  - Bad '), Buffer.from([0xff, 0xe2, 0x82]), Buffer.from(' title\n')]);
    expect((await read(chunked(bytes, [40]))).map((r) => r.invalidBytes)).toEqual([0, 3]);
  });
});

describe('invalid UTF-8', () => {
  it('counts every byte that is not part of a well-formed sequence', () => {
    const count = (...b: number[]) => invalidUtf8Bytes(Uint8Array.from(b));
    expect(count(0x41, 0xc3, 0xa9, 0xe2, 0x80, 0x9c, 0xf0, 0x9f, 0x98, 0x80)).toBe(0); // A é “ 😀
    expect(count(0xff)).toBe(1);
    expect(count(0xe2, 0x82, 0x41)).toBe(2); // cut short
    expect(count(0xc0, 0x80)).toBe(2); // overlong
    expect(count(0xed, 0xa0, 0x80)).toBe(3); // a surrogate
    expect(count(0xf4, 0x90, 0x80, 0x80)).toBe(4); // past U+10FFFF
    // Zero exactly when Node's own check finds the bytes valid.
    for (let i = 0; i < 2000; i++) {
      const b = Uint8Array.from({ length: 6 }, (_, k) => ((i * 7919 + k * 104729) ^ (i >> k)) & 0xff);
      expect(invalidUtf8Bytes(b) === 0, String([...b])).toBe(isUtf8(b));
    }
  });
});
