// Synthetic PubMed records written for the tests (no third-party text): the
// same article can be rendered as PubMed XML and as MEDLINE text.

export interface FixtureArticle {
  pmid: string;
  version?: number;
  /** Publication date, YYYY/MM/DD. */
  date: string;
  title: string;
  sections: { label?: string; category?: string; text: string }[];
  publicationTypes?: string[];
  authors?: { last: string; fore: string; initials: string; affiliation?: string | string[] }[];
  keywords?: string[];
  doi?: string;
  /** Conflict-of-interest statement (MedlineCitation/CoiStatement; MEDLINE COIS). */
  coi?: string;
  /** Grant agencies (GrantList/Grant/Agency; MEDLINE GR). */
  grants?: string[];
  /** A book chapter (<PubmedBookArticle>), as a search may hit one, not a journal article. */
  book?: boolean;
  volume?: string;
  issue?: string;
  pages?: string;
}

const affiliationsOfFixture = (au: { affiliation?: string | string[] }) => (au.affiliation === undefined ? [] : Array.isArray(au.affiliation) ? au.affiliation : [au.affiliation]);

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function articleXml(a: FixtureArticle): string {
  if (a.book) return bookXml(a);
  const [y, m, d] = a.date.split('/');
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const sections = a.sections
    .map((s) => {
      const attrs = s.label ? ` Label="${esc(s.label)}"${s.category ? ` NlmCategory="${s.category}"` : ''}` : '';
      return `<AbstractText${attrs}>${esc(s.text)}</AbstractText>`;
    })
    .join('\n          ');
  const authors = (a.authors ?? [])
    .map(
      (au) =>
        `<Author ValidYN="Y"><LastName>${esc(au.last)}</LastName><ForeName>${esc(au.fore)}</ForeName><Initials>${au.initials}</Initials>${affiliationsOfFixture(au)
          .map((af) => `<AffiliationInfo><Affiliation>${esc(af)}</Affiliation></AffiliationInfo>`)
          .join('')}</Author>`,
    )
    .join('');
  const types = (a.publicationTypes ?? ['Journal Article']).map((t) => `<PublicationType UI="D000000">${esc(t)}</PublicationType>`).join('');
  const keywords = a.keywords?.length
    ? `<KeywordList Owner="NOTNLM">${a.keywords.map((k) => `<Keyword MajorTopicYN="N">${esc(k)}</Keyword>`).join('')}</KeywordList>`
    : '';
  return `<PubmedArticle>
    <MedlineCitation Status="MEDLINE" Owner="NLM">
      <PMID Version="${a.version ?? 1}">${a.pmid}</PMID>
      <Article PubModel="Print">
        <Journal>
          <JournalIssue CitedMedium="Internet">${a.volume ? `<Volume>${esc(a.volume)}</Volume>` : ''}${a.issue ? `<Issue>${esc(a.issue)}</Issue>` : ''}<PubDate><Year>${y}</Year><Month>${months[Number(m) - 1]}</Month><Day>${d}</Day></PubDate></JournalIssue>
          <Title>Journal of Test Dermatology</Title>
          <ISOAbbreviation>J Test Dermatol</ISOAbbreviation>
        </Journal>
        <ArticleTitle>${esc(a.title)}</ArticleTitle>
        ${a.pages ? `<Pagination><MedlinePgn>${esc(a.pages)}</MedlinePgn></Pagination>` : ''}
        <Abstract>
          ${sections}
        </Abstract>
        ${authors ? `<AuthorList CompleteYN="Y">${authors}</AuthorList>` : ''}
        <Language>eng</Language>
        <PublicationTypeList>${types}</PublicationTypeList>
        ${a.grants?.length ? `<GrantList CompleteYN="Y">${a.grants.map((g, i) => `<Grant><GrantID>G-${i}</GrantID><Agency>${esc(g)}</Agency><Country>Korea</Country></Grant>`).join('')}</GrantList>` : ''}
      </Article>
      ${keywords}
      ${a.coi ? `<CoiStatement>${esc(a.coi)}</CoiStatement>` : ''}
    </MedlineCitation>
    <PubmedData>
      <ArticleIdList>
        <ArticleId IdType="pubmed">${a.pmid}</ArticleId>${a.doi ? `<ArticleId IdType="doi">${esc(a.doi)}</ArticleId>` : ''}
      </ArticleIdList>
    </PubmedData>
  </PubmedArticle>`;
}

export function articleSetXml(articles: FixtureArticle[], extra = ''): string {
  return `<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2024//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_240101.dtd">\n<PubmedArticleSet>\n${articles.map(articleXml).join('\n')}\n${extra}</PubmedArticleSet>\n`;
}

/** MEDLINE lines wrapped at 80 columns the way PubMed's export wraps them. */
function medlineField(tag: string, value: string): string {
  const words = value.split(' ');
  const lines: string[] = [];
  let line = `${tag.padEnd(4)}- `;
  for (const w of words) {
    if (line.length + w.length + 1 > 80 && line.trim().length > 6) {
      lines.push(line.trimEnd());
      line = '      ';
    }
    line += (line.endsWith(' ') ? '' : ' ') + w;
  }
  lines.push(line.trimEnd());
  return lines.join('\n');
}

export function articleMedline(a: FixtureArticle): string {
  const ab = a.sections.map((s) => (s.label ? `${s.label.toUpperCase()}: ${s.text}` : s.text)).join(' ');
  const out = [medlineField('PMID', a.pmid), 'OWN - NLM', 'STAT- MEDLINE', medlineField('DP', a.date.slice(0, 4)), medlineField('TI', a.title), medlineField('AB', ab)];
  for (const au of a.authors ?? []) {
    out.push(medlineField('FAU', `${au.last}, ${au.fore}`), medlineField('AU', `${au.last} ${au.initials}`));
    for (const af of affiliationsOfFixture(au)) out.push(medlineField('AD', af));
  }
  out.push('LA  - eng');
  for (const t of a.publicationTypes ?? ['Journal Article']) out.push(medlineField('PT', t));
  out.push('TA  - J Test Dermatol', 'JT  - Journal of Test Dermatology');
  if (a.volume) out.push(medlineField('VI', a.volume));
  if (a.issue) out.push(medlineField('IP', a.issue));
  if (a.pages) out.push(medlineField('PG', a.pages));
  if (a.doi) out.push(medlineField('AID', `${a.doi} [doi]`));
  for (const k of a.keywords ?? []) out.push(medlineField('OT', k));
  for (const [i, g] of (a.grants ?? []).entries()) out.push(medlineField('GR', `G-${i}/XX/${g}/Korea`));
  if (a.coi) out.push(medlineField('COIS', a.coi));
  return out.join('\n');
}

/** N distinct articles with dates spread from 2000 on, for client and import tests. */
export function syntheticArticles(n: number, firstPmid = 30_000_000): FixtureArticle[] {
  const out: FixtureArticle[] = [];
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2000, 0, 1) + ((i * 7919) % 9000) * 86_400_000);
    const date = `${day.getUTCFullYear()}/${String(day.getUTCMonth() + 1).padStart(2, '0')}/${String(day.getUTCDate()).padStart(2, '0')}`;
    out.push({
      pmid: String(firstPmid + i),
      date,
      title: `Synthetic vesicle study number ${i} on skin repair`,
      sections: [
        { label: 'Background', category: 'BACKGROUND', text: `Record ${i} is written for the test suite.` },
        { label: 'Results', category: 'RESULTS', text: `Treated mice (n = ${(i % 20) + 5}) healed faster & better.` },
      ],
      authors: [{ last: 'Tester', fore: 'Ann', initials: 'A', affiliation: 'Test Institute, Nowhere.' }],
      doi: `10.0000/test.${i}`,
    });
  }
  return out;
}

/** A chapter as PubMed gives one: a BookDocument with its own PMID, and no MedlineCitation. */
function bookXml(a: FixtureArticle): string {
  const [y] = a.date.split('/');
  return `<PubmedBookArticle>
    <BookDocument>
      <PMID Version="1">${a.pmid}</PMID>
      <ArticleIdList><ArticleId IdType="bookaccession">NBK${a.pmid}</ArticleId></ArticleIdList>
      <Book><Publisher><PublisherName>StatPearls Publishing</PublisherName></Publisher><BookTitle>StatPearls</BookTitle><PubDate><Year>${y}</Year></PubDate></Book>
      <ArticleTitle>${esc(a.title)}</ArticleTitle>
      <Abstract>${a.sections.map((s) => `<AbstractText>${esc(s.text)}</AbstractText>`).join('')}</Abstract>
    </BookDocument>
    <PubmedBookData><PublicationStatus>ppublish</PublicationStatus><ArticleIdList><ArticleId IdType="pubmed">${a.pmid}</ArticleId></ArticleIdList></PubmedBookData>
  </PubmedBookArticle>`;
}
