// A stand-in for NCBI E-utilities on 127.0.0.1, started by the tests. It serves
// fixture records through esearch (JSON, history server, publication-date
// windows) and efetch (history or id list, GET or POST), and behaves as PubMed
// does where clients trip: more than 3 requests in any second (10 with a key)
// get a 429, a search lists at most 9,999 UIDs, and retstart cannot pass 9,998.
// Faults can be injected: 5xx replies, truncated bodies, slow replies, resets.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { articleXml, type FixtureArticle } from './fixture-records.ts';

// How late this process's event loop may time a request (see handle()).
const LOOP_LAG_MS = 150;

export interface Faults {
  /** Every k-th request (counting all) answers with a 5xx. */
  failEvery?: number;
  /** Every k-th efetch reply is cut in half. */
  truncateEvery?: number;
  /** Every k-th request waits this long before answering. */
  slowEvery?: number;
  slowMs?: number;
  /** Every k-th request has its connection destroyed. */
  resetEvery?: number;
  /** Retry-After header sent with injected 5xx/429 replies. */
  retryAfter?: string;
  /** Records slipped into every efetch reply, asked for or not, and the first record of each reply given twice. */
  inject?: FixtureArticle[];
  /** PMIDs esearch lists and efetch never gives, as a record deleted since the search. */
  withhold?: Set<string>;
  /** The bytes of each efetch reply, made from its text (to send bytes that are not UTF-8). */
  bytes?: (xml: string) => Buffer;
}

export interface ServerStats {
  requests: number;
  esearch: number;
  efetch: number;
  tooMany: number;
  injected: number;
  /** How many times each PMID was served in a complete reply. */
  served: Map<string, number>;
  /** Every query string seen, to check what the client sends. */
  queries: URLSearchParams[];
}

export class FakeEutils {
  private server!: Server;
  private readonly histories = new Map<string, string[]>();
  private readonly starts: number[] = [];
  private byPmid: Map<string, FixtureArticle>;
  private sorted: FixtureArticle[];
  faults: Faults = {};
  /** Answer esearch in XML whatever retmode asks, as some mirrors do. */
  xmlSearch = false;
  /** Most ids one esearch reply lists, whatever retmax asks (real E-utilities honours retmax). */
  pageSize = 9999;
  stats: ServerStats = { requests: 0, esearch: 0, efetch: 0, tooMany: 0, injected: 0, served: new Map(), queries: [] };

  constructor(articles: FixtureArticle[]) {
    this.sorted = [];
    this.byPmid = new Map();
    this.add(articles);
  }

  /** More records, as PubMed indexes new papers between two runs of a living synthesis. */
  add(articles: FixtureArticle[]): void {
    const all = [...this.sorted, ...articles];
    // PubMed lists newest first; ties by PMID descending.
    this.sorted = all.sort((a, b) => b.date.localeCompare(a.date) || Number(b.pmid) - Number(a.pmid));
    this.byPmid = new Map(all.map((a) => [a.pmid, a]));
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/entrez/eutils`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const n = ++this.stats.requests;
    const url = new URL(req.url ?? '/', 'http://x');
    const params = new URLSearchParams(url.search);
    if (req.method === 'POST') for (const [k, v] of new URLSearchParams(await body(req))) params.set(k, v);
    this.stats.queries.push(params);

    // NCBI's limit: requests per second per client, counted on a sliding window. This server runs in the
    // test's own process, so a request is timed when the event loop gets to it, not when it arrived: a
    // stall of the loop (a busy machine, test files running side by side) once put four requests the
    // client had spaced 358 ms apart inside one second. The window allows that much lag; a client that
    // sends a burst, or four requests a second, is still refused.
    const now = Date.now();
    this.starts.push(now);
    while (this.starts.length && this.starts[0] <= now - (1000 - LOOP_LAG_MS)) this.starts.shift();
    const limit = params.get('api_key') ? 10 : 3;
    if (this.starts.length > limit) {
      this.stats.tooMany++;
      return send(res, 429, '{"error":"API rate limit exceeded"}', this.faults.retryAfter);
    }
    const f = this.faults;
    if (f.resetEvery && n % f.resetEvery === 0) {
      this.stats.injected++;
      req.socket.destroy();
      return;
    }
    if (f.failEvery && n % f.failEvery === 0) {
      this.stats.injected++;
      return send(res, [500, 502, 503][n % 3], 'Service unavailable', f.retryAfter);
    }
    if (f.slowEvery && n % f.slowEvery === 0) {
      this.stats.injected++;
      await new Promise((r) => setTimeout(r, f.slowMs ?? 2000));
      if (res.destroyed) return;
    }
    if (url.pathname.endsWith('/esearch.fcgi')) return this.esearch(params, res, n);
    if (url.pathname.endsWith('/efetch.fcgi')) return this.efetch(params, res, n);
    send(res, 404, 'not found');
  }

  private esearch(p: URLSearchParams, res: ServerResponse, n: number): void {
    this.stats.esearch++;
    let hits = this.sorted;
    if (p.get('datetype') === 'pdat') {
      const min = norm(p.get('mindate') ?? '1000/01/01');
      const max = norm(p.get('maxdate') ?? '3000/12/31');
      hits = hits.filter((a) => a.date >= min && a.date <= max);
    }
    const retmax = Math.min(Number(p.get('retmax') ?? 20), 9999, this.pageSize);
    const retstart = Number(p.get('retstart') ?? 0);
    const pmids = hits.map((a) => a.pmid);
    const webenv = `MCID_${this.histories.size + 1}`;
    // The history server keeps no more than PubMed lets a search list.
    this.histories.set(webenv, pmids.slice(0, 9999));
    if (this.xmlSearch) {
      const ids = pmids.slice(retstart, retstart + retmax).map((id) => `<Id>${id}</Id>`).join('');
      const xml = `<?xml version="1.0" ?>\n<eSearchResult><Count>${pmids.length}</Count><RetMax>${Math.min(retmax, pmids.length)}</RetMax><RetStart>0</RetStart><QueryKey>1</QueryKey><WebEnv>${webenv}</WebEnv><IdList>${ids}</IdList><TranslationStack><TermSet><Term>x</Term><Count>999999</Count></TermSet></TranslationStack></eSearchResult>`;
      if (this.faults.truncateEvery && n % this.faults.truncateEvery === 0) {
        this.stats.injected++;
        return send(res, 200, xml.slice(0, Math.floor(xml.length * 0.6)));
      }
      return send(res, 200, xml);
    }
    const result = {
      header: { type: 'esearch', version: '0.3' },
      esearchresult: { count: String(pmids.length), retmax: String(Math.min(retmax, pmids.length)), retstart: String(retstart), querykey: '1', webenv, idlist: pmids.slice(retstart, retstart + retmax) },
    };
    send(res, 200, JSON.stringify(result));
  }

  private efetch(p: URLSearchParams, res: ServerResponse, n: number): void {
    this.stats.efetch++;
    let pmids: string[];
    if (p.get('id')) {
      pmids = p.get('id')!.split(',');
    } else {
      const list = this.histories.get(p.get('WebEnv') ?? '');
      if (!list || p.get('query_key') !== '1') return send(res, 200, '<eFetchResult><ERROR>Unable to obtain query #1</ERROR></eFetchResult>');
      const retstart = Number(p.get('retstart') ?? 0);
      if (retstart > 9998) return send(res, 200, '<eFetchResult><ERROR>Search Backend failed: Exception: retstart cannot be larger than 9998</ERROR></eFetchResult>');
      pmids = list.slice(retstart, retstart + Number(p.get('retmax') ?? 20));
    }
    const asked = pmids.map((id) => this.byPmid.get(id)).filter((a): a is FixtureArticle => Boolean(a) && !this.faults.withhold?.has(a!.pmid));
    const articles = this.faults.inject ? [...asked, ...this.faults.inject, ...asked.slice(0, 1)] : asked;
    const xml = `<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2024//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_240101.dtd">\n<PubmedArticleSet>\n${articles.map(articleXml).join('\n')}\n</PubmedArticleSet>\n`;
    if (this.faults.truncateEvery && n % this.faults.truncateEvery === 0) {
      this.stats.injected++;
      return send(res, 200, xml.slice(0, Math.floor(xml.length / 2)));
    }
    for (const a of articles) this.stats.served.set(a.pmid, (this.stats.served.get(a.pmid) ?? 0) + 1);
    send(res, 200, this.faults.bytes?.(xml) ?? xml);
  }
}

function norm(d: string): string {
  const [y, m = '01', day = '01'] = d.split('/');
  return `${y}/${m.padStart(2, '0')}/${day.padStart(2, '0')}`;
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let s = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (s += c));
    req.on('end', () => resolve(s));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, text: string | Buffer, retryAfter?: string): void {
  if (res.destroyed) return;
  const headers: Record<string, string> = { 'Content-Type': text[0] === '{' ? 'application/json' : 'text/xml' };
  if (retryAfter && status !== 200) headers['Retry-After'] = retryAfter;
  res.writeHead(status, headers);
  res.end(text);
}
