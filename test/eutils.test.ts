// search + fetch against the stand-in E-utilities server: completeness, request
// budget, rate limit, faults, the 9,999-UID cap and resume.

import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { FakeEutils } from './support/eutils-server.ts';
import { syntheticArticles } from './support/fixture-records.ts';
import { tempDir } from './support/temp.ts';
import { Store } from '../pipeline/store/db.ts';
import { Eutils, type EutilsOptions } from '../pipeline/pubmed/eutils.ts';
import { search, type SavedQuery } from '../pipeline/stages/search.ts';
import { fetchRecords } from '../pipeline/stages/fetch.ts';
import { UserError } from '../pipeline/errors.ts';

const dir = tempDir();
const query: SavedQuery = { name: 'test', description: 'test', term: 'exosome* AND skin' };
let server: FakeEutils | null = null;
let dbCount = 0;

afterEach(async () => {
  await server?.stop();
  server = null;
});

async function setup(n: number, opts: EutilsOptions = {}) {
  server = new FakeEutils(syntheticArticles(n));
  const baseUrl = await server.start();
  const store = new Store(join(dir, `t${++dbCount}.db`));
  const client = new Eutils({ baseUrl, retryBaseMs: 20, ...opts });
  return { server, store, client };
}

const quietLog = () => {};

describe('search and fetch', () => {
  it('stores every record exactly once, with no 429 and at most ceil(N/500)+2 requests', async () => {
    const N = 1234;
    const { server, store, client } = await setup(N);
    const s = await search(store, client, query, quietLog);
    expect(s).toMatchObject({ count: N, stored: N, windows: 1 });
    const f = await fetchRecords(store, client, { quiet: true });
    expect(f.fetched).toBe(N);
    expect(store.recordCount()).toBe(N);
    expect(server.stats.tooMany).toBe(0);
    expect(server.stats.requests).toBeLessThanOrEqual(Math.ceil(N / 500) + 2);
    expect([...server.stats.served.values()].every((c) => c === 1)).toBe(true);
    expect(server.stats.served.size).toBe(N);
    // tool and email identify the client to NCBI.
    expect(server.stats.queries.every((q) => q.get('tool') === 'exoevidence')).toBe(true);
    store.close();
  });

  it('answers a search hit that is a book chapter without storing it or failing the batch', async () => {
    const articles = syntheticArticles(40);
    const books = new Set([articles[3].pmid, articles[17].pmid]);
    server = new FakeEutils(articles.map((a) => (books.has(a.pmid) ? { ...a, book: true } : a)));
    const store = new Store(join(dir, `t${++dbCount}.db`));
    const client = new Eutils({ baseUrl: await server.start(), retryBaseMs: 20, maxAttempts: 2 });
    expect((await search(store, client, query, quietLog)).stored).toBe(40);
    const f = await fetchRecords(store, client, { quiet: true });
    expect([f.fetched, f.books, store.recordCount()]).toEqual([38, 2, 38]);
    expect([...books].map((p) => store.getRecord(p))).toEqual([null, null]);
    expect(server.stats.efetch).toBe(1);
    // Known as books, they are not asked for again.
    expect((await fetchRecords(store, client, { quiet: true })).skippedBatches).toBe(1);
    expect(server.stats.efetch).toBe(1);
    store.close();
  });

  it('keeps the records a reply holds when asking again does not bring the rest (deleted since the search), and names those', async () => {
    const { server, store, client } = await setup(30, { retryBaseMs: 1, maxAttempts: 3 });
    await search(store, client, query, quietLog);
    // The 5th and 22nd hits, in the first and third batch of 10.
    const hits = store.windowHits(store.latestCompletedSearch()!.id, 0);
    const gone = new Set([hits[4], hits[21]]);
    server.faults.withhold = gone;
    const f = await fetchRecords(store, client, { quiet: true, batchSize: 10 });
    expect([f.fetched, store.recordCount(), f.missing.sort()]).toEqual([28, 28, [...gone].sort()]);
    // Two batches lacked one record each, and were asked three times; the third was whole at once.
    expect([server.stats.efetch, server.stats.tooMany]).toEqual([7, 0]);
    // A later fetch asks again for those two alone, by PMID.
    const again = await fetchRecords(store, client, { quiet: true, batchSize: 10 });
    expect([again.fetched, again.missing.length, again.skippedBatches]).toEqual([0, 2, 1]);
    expect(server.stats.queries.slice(8).map((q) => q.get('id'))).toEqual([hits[4], hits[4], hits[4], hits[21], hits[21], hits[21]]);
    store.close();
  });

  it('names each record whose bytes are not UTF-8, and how many bytes were replaced', async () => {
    const { server, store, client } = await setup(12);
    server.faults.bytes = (xml) => {
      const b = Buffer.from(xml);
      const at = b.indexOf('<ArticleTitle>') + '<ArticleTitle>'.length;
      b[at] = 0xff;
      b[at + 1] = 0xfe;
      return b;
    };
    await search(store, client, query, quietLog);
    const f = await fetchRecords(store, client, { quiet: true });
    expect(f.fetched).toBe(12);
    expect(f.invalid).toEqual([{ record: expect.stringMatching(/^record 1 \(PMID \d+\) of efetch batch 1-12 of window 1\/1$/), bytes: 2 }]);
    const pmid = /PMID (\d+)/.exec(f.invalid[0].record)![1];
    expect(store.getRecord(pmid)!.title.startsWith('\uFFFD\uFFFD')).toBe(true);
    store.close();
  });

  it('reads an esearch reply in XML too, and retries one cut short', async () => {
    const { server, store, client } = await setup(321);
    server.xmlSearch = true;
    server.pageSize = 100; // and page through a server that lists fewer ids than asked
    server.faults = { truncateEvery: 2 };
    const s = await search(store, client, query, quietLog);
    expect(s).toMatchObject({ count: 321, stored: 321 });
    expect(server.stats.injected).toBeGreaterThan(0);
    server.faults = {};
    await fetchRecords(store, client, { quiet: true });
    expect(store.recordCount()).toBe(321);
    store.close();
  });

  it('fetching again downloads nothing; --refresh downloads everything again', async () => {
    const { server, store, client } = await setup(600);
    await search(store, client, query, quietLog);
    await fetchRecords(store, client, { quiet: true });
    const before = server.stats.efetch;
    const again = await fetchRecords(store, client, { quiet: true });
    expect(again).toMatchObject({ fetched: 0, skippedBatches: 2, batches: 2 });
    expect(server.stats.efetch).toBe(before);
    const refreshed = await fetchRecords(store, client, { quiet: true, refresh: true });
    expect(refreshed.fetched).toBe(600);
    expect(store.recordCount()).toBe(600);
    store.close();
  });

  it('resumes: only batches with missing records are fetched, by PMID list when partly stored', async () => {
    const { server, store, client } = await setup(1000);
    await search(store, client, query, quietLog);
    await fetchRecords(store, client, { quiet: true });
    const gone = store.windowHits(1, 0).slice(600, 610); // ten records of the second batch
    store.db.prepare(`DELETE FROM records WHERE pmid IN (${gone.map(() => '?').join(',')})`).run(...gone);
    server.stats.queries = [];
    const f = await fetchRecords(store, client, { quiet: true });
    expect(f).toMatchObject({ fetched: 10, skippedBatches: 1 });
    expect(server.stats.queries).toHaveLength(1);
    expect(server.stats.queries[0].get('id')!.split(',').sort()).toEqual([...gone].sort());
    expect(store.recordCount()).toBe(1000);
    store.close();
  });

  it('POSTs a search term too long for a GET URL (a saved query of many synonyms)', async () => {
    const { server, store, client } = await setup(30);
    // 800 synonyms: about 16,000 characters, past the header limit of Node's server as of NCBI's.
    const term = Array.from({ length: 800 }, (_, i) => `exosome${i}[tiab]`).join(' OR ');
    const s = await search(store, client, { ...query, term }, quietLog);
    expect(s.count).toBe(30);
    expect(server.stats.queries[0].get('term')).toBe(term);
    store.close();
  });

  it('falls back to a POSTed PMID list when the history entry has expired', async () => {
    const { server, store, client } = await setup(450);
    await search(store, client, query, quietLog);
    (server as any).histories.clear(); // the WebEnv is no longer known to the server
    server.stats.queries = [];
    const f = await fetchRecords(store, client, { quiet: true });
    expect(f.fetched).toBe(450);
    const byId = server.stats.queries.find((q) => q.has('id'));
    expect(byId!.get('id')!.split(',')).toHaveLength(450);
    store.close();
  });

  it('survives 5xx on every 5th request, truncated bodies, resets and slow replies', async () => {
    const N = 1500;
    const retries: string[] = [];
    const { server, store, client } = await setup(N, { timeoutMs: 400, onRetry: (_w, _a, reason) => retries.push(reason) });
    server.faults = { failEvery: 5, truncateEvery: 3, resetEvery: 11, slowEvery: 13, slowMs: 1500 };
    await search(store, client, query, quietLog);
    await fetchRecords(store, client, { quiet: true, batchSize: 250 });
    expect(store.recordCount()).toBe(N);
    const ids = store.db.prepare('SELECT count(DISTINCT pmid) n FROM records').get() as { n: number };
    expect(ids.n).toBe(N);
    expect(server.stats.tooMany).toBe(0);
    expect(retries.some((r) => /^HTTP 5\d\d$/.test(r))).toBe(true);
    expect(retries.some((r) => /truncated|never closed|ends before/.test(r))).toBe(true);
    expect(retries).toContain('timeout');
    store.close();
  });

  it('gives up after the bounded number of attempts, naming the batch and not the key', async () => {
    const { server, store, client } = await setup(300, { maxAttempts: 3, apiKey: 'SECRET-KEY-123' });
    await search(store, client, query, quietLog);
    server.faults = { failEvery: 1 };
    server.stats.requests = 0;
    const err = await fetchRecords(store, client, { quiet: true }).catch((e) => e);
    expect(err).toBeInstanceOf(UserError);
    expect(err.message).toMatch(/efetch batch 1-300 of window 1\/1: gave up after 3 attempts \(last: HTTP 50\d\)/);
    expect(err.message).not.toContain('SECRET-KEY-123');
    expect(server.stats.requests).toBe(3);
    expect(server.stats.queries.every((q) => q.get('api_key') === 'SECRET-KEY-123')).toBe(true);
    store.close();
  });

  it('names a search run damaged outside the tool instead of sending what it holds to the server', async () => {
    const { server, store, client } = await setup(10);
    await search(store, client, query, quietLog);
    const windows = store.db.prepare('SELECT windows FROM search_runs').pluck().get() as string;
    // A windows column that is not JSON stopped fetch with a stack trace; a hit that is not a PMID was sent in efetch requests.
    store.db.prepare(`UPDATE search_runs SET windows = 'garbage'`).run();
    await expect(fetchRecords(store, client, { quiet: true })).rejects.toThrow(/^search run 1: the database's windows column is not a JSON array of date windows \(edited or damaged outside exoevidence\); "search" again writes a new run$/);
    store.db.prepare(`UPDATE search_runs SET windows = ?`).run(windows);
    store.db.prepare(`UPDATE search_hits SET pmid = '\u001b[2J' WHERE rank = 0`).run();
    await expect(fetchRecords(store, client, { quiet: true })).rejects.toThrow(/^search run 1: the database's search_hits table lists "\u001b\[2J", which is not a PMID/);
    expect([server.stats.efetch, store.recordCount()]).toEqual([0, 0]);
    store.close();
  });

  it('leaves no trace of a search that failed', async () => {
    const { server, store, client } = await setup(10, { maxAttempts: 2 });
    server.faults = { failEvery: 1 };
    await expect(search(store, client, query, quietLog)).rejects.toThrow(/gave up after 2 attempts/);
    expect(store.db.prepare('SELECT count(*) FROM search_runs').pluck().get()).toBe(0);
    store.close();
  });

  it('honours Retry-After', async () => {
    const delays: number[] = [];
    // The first reply asks for 2 s; the server recovers as soon as the client has heard it.
    const { server, store, client } = await setup(10, { onRetry: (_w, _a, _r, d) => (delays.push(d), (server.faults = {})) });
    server.faults = { failEvery: 1, retryAfter: '2' };
    await search(store, client, query, quietLog);
    expect(delays).toEqual([2000]);
    store.close();
  });

  // A server on 127.0.0.1 that answers every request with `reply`, counting requests.
  async function rawServer(reply: (res: import('node:http').ServerResponse) => void) {
    const open = new Set<import('node:net').Socket>();
    let requests = 0;
    const srv = createServer((_q, r) => (requests++, reply(r)));
    srv.on('connection', (c) => (open.add(c), c.on('close', () => open.delete(c))));
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    return {
      url: `http://127.0.0.1:${(srv.address() as AddressInfo).port}`,
      requests: () => requests,
      stop: () => (open.forEach((c) => c.destroy()), new Promise<void>((r) => srv.close(() => r()))),
    };
  }

  it('cuts off a server that trickles its reply, however steadily it sends', async () => {
    // One byte every 50 ms: an idle timer never fires; the attempt's deadline must.
    const timers: NodeJS.Timeout[] = [];
    const srv = await rawServer((res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      timers.push(setInterval(() => res.write(' '), 50));
    });
    const reasons: string[] = [];
    const c = new Eutils({ baseUrl: srv.url, timeoutMs: 400, idleMs: 5_000, maxAttempts: 2, retryBaseMs: 1, onRetry: (_w, _a, reason) => reasons.push(reason) });
    await expect(c.esearch('x')).rejects.toThrow(/esearch: gave up after 2 attempts \(last: timeout\)/);
    expect(reasons).toEqual(['timeout']);
    timers.forEach(clearInterval);
    await srv.stop();
  });

  it('gives up on a silent server when the time allowed for the request is spent, whatever attempts are left', async () => {
    const srv = await rawServer(() => {}); // never answers
    const c = new Eutils({ baseUrl: srv.url, timeoutMs: 300, totalMs: 800, maxAttempts: 100, retryBaseMs: 1 });
    await expect(c.esearch('x')).rejects.toThrow(/esearch: gave up after \d attempts and 1 s \(last: timeout\)/);
    expect(srv.requests()).toBeLessThan(6);
    await srv.stop();
  });

  it('stops reading a reply that grows without end', async () => {
    const timers: NodeJS.Timeout[] = [];
    const srv = await rawServer((res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      timers.push(setInterval(() => res.write('x'.repeat(1 << 16)), 1));
    });
    const c = new Eutils({ baseUrl: srv.url, maxReplyBytes: 4 << 20, timeoutMs: 60_000, maxAttempts: 3 });
    await expect(c.esearch('x')).rejects.toThrow(/esearch: .* sent a reply larger than 4 MB; not a PubMed reply/);
    expect(srv.requests()).toBe(1);
    timers.forEach(clearInterval);
    await srv.stop();
  });

  it('does not follow a redirect, which would carry the API key to another host', async () => {
    const elsewhere = await rawServer((res) => res.end('{}'));
    const srv = await rawServer((res) => res.writeHead(302, { Location: `${elsewhere.url}/steal?x=1` }).end());
    const c = new Eutils({ baseUrl: srv.url, apiKey: 'secret-key' });
    await expect(c.esearch('x')).rejects.toThrow(new RegExp(`esearch: .* answered HTTP 302, a redirect to ${elsewhere.url}/steal; not followed`));
    expect(elsewhere.requests()).toBe(0);
    await srv.stop();
    await elsewhere.stop();
  });

  it('gives up at once when Retry-After asks for longer than the request may take', async () => {
    const srv = await rawServer((res) => res.writeHead(503, { 'Retry-After': '3600' }).end('busy'));
    const c = new Eutils({ baseUrl: srv.url, totalMs: 60_000 });
    await expect(c.esearch('x')).rejects.toThrow(/the server asked to wait 3600 s, more than the \d+ s left of the request's 60 s/);
    expect(srv.requests()).toBe(1);
    await srv.stop();
  });

  it('reports an error inside a 200 reply instead of storing nothing', async () => {
    const srv = createServer((_q, r) => r.end('{"esearchresult":{"ERROR":"Invalid query syntax"}}'));
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    const c = new Eutils({ baseUrl: `http://127.0.0.1:${(srv.address() as AddressInfo).port}` });
    await expect(c.esearch('bad[[')).rejects.toThrow(/esearch: E-utilities error: Invalid query syntax/);
    srv.close();
  });

  it('refuses an esearch reply whose count or ids are not PubMed\'s, rather than storing them', async () => {
    const replies = [
      { count: '3', idlist: ['39000001', 'abc', '\u001b[2J'] },
      { count: '1', idlist: ['0039000001'] },
      { count: '-5', idlist: [] },
      { count: '1', idlist: { id: '39000001' } },
    ];
    for (const r of replies) {
      const srv = await rawServer((res) => res.end(JSON.stringify({ esearchresult: { ...r, webenv: 'W', querykey: '1' } })));
      const c = new Eutils({ baseUrl: srv.url, maxAttempts: 2, retryBaseMs: 1 });
      const why = r.count === '-5' ? /reply has no count/ : !Array.isArray(r.idlist) ? /reply's idlist is not a list of ids/ : /reply lists "(abc|0039000001)", which is not a PMID/;
      await expect(c.esearch('x')).rejects.toThrow(new RegExp(`gave up after 2 attempts \\(last: ${why.source}\\)`));
      await srv.stop();
    }
  });

  it('stops paging a search whose pages list nothing new, where it asked again for every id the count claims', async () => {
    // A count of a trillion with the same one id on every page, whatever retstart asks.
    const srv = await rawServer((res) => res.end(JSON.stringify({ esearchresult: { count: '999999999999', idlist: ['39000001'], webenv: 'MCID_1', querykey: '1' } })));
    const c = new Eutils({ baseUrl: srv.url, maxAttempts: 2, retryBaseMs: 1 });
    await expect(c.esearch('x')).rejects.toThrow(/^esearch: the server listed 1 of 999999999999 ids and then only ids it had listed$/);
    expect(srv.requests()).toBe(2);
    await srv.stop();
  });

  it('refuses a history entry that is not one E-utilities gives: it would go into every efetch URL', async () => {
    for (const webenv of ['W'.repeat(100_000), 'MCID_1\u001b[2J']) {
      const srv = await rawServer((res) => res.end(JSON.stringify({ esearchresult: { count: '1', idlist: ['39000001'], webenv, querykey: '1' } })));
      const c = new Eutils({ baseUrl: srv.url, maxAttempts: 2, retryBaseMs: 1 });
      await expect(c.esearch('x')).rejects.toThrow(/gave up after 2 attempts \(last: reply's history entry \(WebEnv, query_key\) is not one E-utilities gives\)/);
      await srv.stop();
    }
  });

  it('retries a gzip\'d reply that does not inflate, as one cut short', async () => {
    let n = 0;
    const good = JSON.stringify({ esearchresult: { count: '1', idlist: ['39000001'], webenv: 'MCID_1', querykey: '1' } });
    const srv = await rawServer((res) => {
      res.writeHead(200, { 'content-encoding': 'gzip' });
      res.end(n++ === 0 ? Buffer.from('not gzip at all') : gzipSync(good));
    });
    const retries: string[] = [];
    const c = new Eutils({ baseUrl: srv.url, maxAttempts: 2, retryBaseMs: 1, onRetry: (_w, _a, reason) => retries.push(reason) });
    expect((await c.esearch('x')).pmids).toEqual(['39000001']);
    expect(retries).toEqual(['damaged gzip reply (Z_DATA_ERROR)']);
    await srv.stop();
  });

  it('says what the server said when a reply holds only an error, as NCBI\'s rate limit does', async () => {
    const srv = await rawServer((res) => res.end('{"error":"API rate limit exceeded","count":"11","limit":"10"}'));
    const c = new Eutils({ baseUrl: srv.url, maxAttempts: 2, retryBaseMs: 1 });
    await expect(c.esearch('x')).rejects.toThrow(/gave up after 2 attempts \(last: the server says "API rate limit exceeded"\)/);
    await srv.stop();
  });

  it('says which URL failed and the ways on when E-utilities cannot be reached', async () => {
    const c = new Eutils({ baseUrl: 'http://127.0.0.1:9/entrez/eutils', retryBaseMs: 1 });
    await expect(c.esearch('x')).rejects.toThrow(
      /cannot reach http:\/\/127\.0\.0\.1:9\/entrez\/eutils\/esearch\.fcgi .*EUTILS_BASE_URL.*import --input/,
    );
  });

  it('splits a search over 9,999 records into date windows and stores all of them', async () => {
    const N = 25_000;
    const { server, store, client } = await setup(N, { apiKey: 'k' });
    const s = await search(store, client, query, quietLog);
    expect(s.stored).toBe(N);
    expect(s.windows).toBeGreaterThanOrEqual(3);
    const run = store.searchRun(s.runId)!;
    expect(run.windows.every((w) => w.count <= 9999)).toBe(true);
    await fetchRecords(store, client, { quiet: true });
    expect(store.recordCount()).toBe(N);
    expect(server.stats.tooMany).toBe(0);
    expect(server.stats.requests).toBeLessThanOrEqual(Math.ceil(N / 500) + 30);
    expect(server.stats.served.size).toBe(N);
    // Raw replies are kept compressed for re-parsing.
    expect(readdirSync(join(dir, 'cache', 'efetch')).some((f) => f.endsWith('.xml.gz'))).toBe(true);
    store.close();
  }, 60_000);
});
