// NCBI E-utilities client: esearch (with the history server) and efetch.
// Every request goes through the process-wide rate limiter and the retry
// policy. E-utilities can report an error inside a 200 reply, so bodies are
// checked, not only statuses. The API key is sent but never printed: errors
// name the endpoint, never the query string.

import axios, { AxiosError, type AxiosInstance } from 'axios';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { sharedLimiter, type RateLimiter } from './limiter.ts';
import { UserError } from '../errors.ts';
import { isPmid } from '../types.ts';

export const DEFAULT_BASE_URL = 'https://eutils.ncbi.nlm.nih.gov/entrez/eutils';

/**
 * Above this many characters of parameters a GET URL gets too long for NCBI (and for the proxies in
 * between); the parameters are POSTed instead: an id list of more than about 180 PMIDs, or a long search term.
 */
export const POST_ABOVE_CHARS = 2000;

export interface EutilsOptions {
  baseUrl?: string;
  apiKey?: string;
  email?: string;
  tool?: string;
  maxAttempts?: number;
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** The most one attempt may take, reply and all: a server trickling bytes is cut off too. */
  timeoutMs?: number;
  /** The most an attempt may wait without receiving a byte. */
  idleMs?: number;
  /** The most one request may take with all its retries and waits (Retry-After included). */
  totalMs?: number;
  /** The largest reply accepted: 10,000 records are about 50 MB; a server sending without end is cut off. */
  maxReplyBytes?: number;
  /** Called before each retry, for progress output and tests. */
  onRetry?: (what: string, attempt: number, reason: string, delayMs: number) => void;
  /** Called for each HTTP request sent. */
  onRequest?: () => void;
}

export interface SearchResult {
  count: number;
  pmids: string[];
  webenv: string;
  queryKey: string;
}

/** A reply that came back whole but is not what was asked for: worth asking again. */
export class RetryableReply extends Error {}

/**
 * A reply that holds part of what was asked (records PubMed no longer gives, such as one deleted since the
 * search): asked again like any other, and kept, with what it lacks, when the attempts run out.
 */
export class PartialReply<T> extends RetryableReply {
  constructor(
    message: string,
    readonly partial: T,
  ) {
    super(message);
  }
}

/** The server could not be reached at all. */
export class UnreachableError extends UserError {}

const NETWORK_DOWN = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH']);
// A gzip'd reply that does not inflate (Z_DATA_ERROR, Z_BUF_ERROR) was cut or garbled on the way, as a truncated one is.
const TRANSIENT = new Set(['ECONNRESET', 'ECONNABORTED', 'ERR_CANCELED', 'ETIMEDOUT', 'EPIPE', 'ERR_BAD_RESPONSE', 'ESOCKETTIMEDOUT', 'Z_DATA_ERROR', 'Z_BUF_ERROR']);

export class Eutils {
  readonly baseUrl: string;
  private readonly http: AxiosInstance;
  private readonly limiter: RateLimiter;
  private readonly common: Record<string, string>;
  private readonly opts: Required<Pick<EutilsOptions, 'maxAttempts' | 'retryBaseMs' | 'retryMaxMs' | 'timeoutMs' | 'totalMs' | 'maxReplyBytes'>> & EutilsOptions;

  constructor(opts: EutilsOptions = {}) {
    this.baseUrl = (opts.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
    this.opts = {
      ...opts,
      maxAttempts: opts.maxAttempts ?? 6,
      retryBaseMs: opts.retryBaseMs ?? 500,
      retryMaxMs: opts.retryMaxMs ?? 30_000,
      timeoutMs: opts.timeoutMs ?? 120_000,
      totalMs: opts.totalMs ?? 300_000,
      maxReplyBytes: opts.maxReplyBytes ?? 256 << 20,
    };
    this.limiter = sharedLimiter(opts.apiKey ? 10 : 3);
    this.common = { tool: opts.tool ?? 'exoevidence' };
    if (opts.email) this.common.email = opts.email;
    if (opts.apiKey) this.common.api_key = opts.apiKey;
    this.http = axios.create({
      baseURL: this.baseUrl,
      // axios's timeout is an idle timer (no byte for this long); the attempt's deadline is a signal, below.
      timeout: opts.idleMs ?? Math.min(30_000, this.opts.timeoutMs),
      responseType: 'arraybuffer',
      transformResponse: (d) => d,
      validateStatus: () => true,
      maxContentLength: this.opts.maxReplyBytes,
      // Proxies from the environment would send the key elsewhere; E-utilities is reached directly.
      proxy: false,
      // So would a redirect to another host: a 3xx is an answer to report, not a place to follow.
      maxRedirects: 0,
    });
  }

  /** esearch with usehistory=y; returns up to retmax ids plus the history entry for efetch. */
  async esearch(term: string, window: { mindate?: string; maxdate?: string } = {}, retmax = 9999): Promise<SearchResult> {
    const params: Record<string, string> = { db: 'pubmed', term, usehistory: 'y', retmode: 'json', retmax: String(retmax) };
    if (window.mindate || window.maxdate) {
      params.datetype = 'pdat';
      params.mindate = window.mindate ?? '1800/01/01';
      params.maxdate = window.maxdate ?? '3000/12/31';
    }
    const what = `esearch${window.mindate ? ` ${window.mindate}-${window.maxdate}` : ''}`;
    const page = (retstart: number) =>
      this.request(`${what}${retstart ? ` from ${retstart}` : ''}`, 'esearch.fcgi', { ...params, retstart: String(retstart) }, (bytes) => {
        const body = bytes.toString();
        const r = body.trimStart().startsWith('<') ? esearchFromXml(body) : esearchFromJson(body);
        if (r.error) throw new UserError(`${what}: E-utilities error: ${r.error}`);
        if (!Number.isSafeInteger(r.count) || r.count < 0) throw new RetryableReply('reply has no count');
        // Ids are stored, fetched and printed: a reply listing something else is damaged or not PubMed's.
        const bad = r.pmids.find((p) => !isPmid(p));
        if (bad !== undefined) throw new RetryableReply(`reply lists "${bad.slice(0, 20)}", which is not a PMID`);
        // The history entry goes into every efetch URL: one of megabytes, or of other characters, is not NCBI's.
        if (!HISTORY_ENTRY.test(r.webenv) || !/^\d{0,6}$/.test(r.queryKey)) throw new RetryableReply('reply\'s history entry (WebEnv, query_key) is not one E-utilities gives');
        return r;
      });
    const first = await page(0);
    const pmids = [...first.pmids];
    const listed = new Set(pmids);
    // A server that lists fewer ids per reply than asked is paged through, so no hit goes missing; one whose
    // pages bring nothing new (the same page whatever retstart asks) would be asked again for every id it counts.
    while (pmids.length < Math.min(first.count, retmax)) {
      const next = (await page(pmids.length)).pmids;
      const more = next.filter((p) => !listed.has(p));
      if (!more.length) throw new UserError(`${what}: the server listed ${pmids.length} of ${first.count} ids and then ${next.length ? 'only ids it had listed' : 'none'}`);
      for (const p of more) pmids.push(p), listed.add(p);
    }
    return { count: first.count, pmids: pmids.slice(0, retmax), webenv: first.webenv, queryKey: first.queryKey };
  }

  /**
   * efetch of PubMed XML, from a history entry or an explicit id list.
   * `check` sees the body and throws RetryableReply when it is cut short.
   */
  async efetch<T>(
    what: string,
    source: { webenv: string; queryKey: string; retstart: number; retmax: number } | { ids: string[] },
    check: (body: Buffer) => T,
  ): Promise<T> {
    const params: Record<string, string> = { db: 'pubmed', retmode: 'xml' };
    if ('ids' in source) params.id = source.ids.join(',');
    else
      Object.assign(params, {
        WebEnv: source.webenv,
        query_key: source.queryKey,
        retstart: String(source.retstart),
        retmax: String(source.retmax),
      });
    return this.request(what, 'efetch.fcgi', params, (body) => {
      const err = /<ERROR>([\s\S]*?)<\/ERROR>/.exec(body.subarray(0, 2000).toString());
      if (err) throw new HistoryError(`${what}: E-utilities error: ${err[1].trim()}`);
      return check(body);
    });
  }

  private async request<T>(
    what: string,
    path: string,
    params: Record<string, string>,
    accept: (body: Buffer) => T,
  ): Promise<T> {
    const all = { ...params, ...this.common };
    const form = new URLSearchParams(all).toString();
    const post = form.length > POST_ABOVE_CHARS;
    const url = `${this.baseUrl}/${path}`;
    const deadline = Date.now() + this.opts.totalMs;
    let partial: PartialReply<T> | undefined;
    for (let attempt = 1; ; attempt++) {
      let reason: string;
      let retryAfterMs: number | null = null;
      await this.limiter.take();
      this.opts.onRequest?.();
      try {
        // Each attempt ends by its own deadline or the request's, whichever comes first.
        const signal = AbortSignal.timeout(Math.max(1, Math.min(this.opts.timeoutMs, deadline - Date.now())));
        const res = post
          ? await this.http.post(path, form, {
              headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
              signal,
            })
          : await this.http.get(path, { params: all, signal });
        if (res.status === 200) {
          try {
            return accept(Buffer.isBuffer(res.data) ? res.data : Buffer.from(res.data ?? ''));
          } catch (e) {
            if (!(e instanceof RetryableReply)) throw e;
            if (e instanceof PartialReply) partial = e as PartialReply<T>;
            reason = e.message;
          }
        } else if (res.status === 429 || res.status >= 500) {
          reason = `HTTP ${res.status}`;
          retryAfterMs = parseRetryAfter(res.headers['retry-after']);
        } else if (res.status >= 300 && res.status < 400) {
          throw new UserError(`${what}: ${url} answered HTTP ${res.status}, a redirect to ${String(res.headers.location ?? '?').replace(/\?.*/, '')}; not followed (the API key would go with it): set EUTILS_BASE_URL to where it points`);
        } else {
          throw new UserError(`${what}: ${url} answered HTTP ${res.status}`);
        }
      } catch (e) {
        if (!(e instanceof AxiosError)) throw e;
        const code = e.code ?? '';
        if (/maxContentLength/.test(e.message))
          throw new UserError(`${what}: ${url} sent a reply larger than ${Math.round(this.opts.maxReplyBytes / (1 << 20))} MB; not a PubMed reply`);
        if (NETWORK_DOWN.has(code) && (attempt >= 2 || attempt >= this.opts.maxAttempts))
          throw new UnreachableError(
            `cannot reach ${url} (${code}); set EUTILS_BASE_URL to a reachable E-utilities server, or load records with "import --input FILE"`,
          );
        if (!NETWORK_DOWN.has(code) && !TRANSIENT.has(code)) throw new UserError(`${what}: ${url} failed (${code || e.message})`);
        reason = code === 'ECONNABORTED' || code === 'ERR_CANCELED' ? 'timeout' : code.startsWith('Z_') ? `damaged gzip reply (${code})` : code;
      }
      const left = deadline - Date.now();
      // Retry-After is honoured while the request's time allows: a server asking for longer is treated as down.
      const gaveUp =
        attempt >= this.opts.maxAttempts
          ? ''
          : left <= 0
            ? ` and ${Math.round(this.opts.totalMs / 1000)} s`
            : retryAfterMs !== null && retryAfterMs > left
              ? `: the server asked to wait ${Math.round(retryAfterMs / 1000)} s, more than the ${Math.round(left / 1000)} s left of the request's ${Math.round(this.opts.totalMs / 1000)} s`
              : null;
      if (gaveUp !== null) {
        // Out of attempts or time, the last reply that held part of what was asked is kept rather than nothing.
        if (partial) return partial.partial;
        throw new UserError(`${what}: gave up after ${attempt} attempt${attempt > 1 ? 's' : ''}${gaveUp} (last: ${reason}) at ${url}`);
      }
      const backoff = Math.min(this.opts.retryMaxMs, this.opts.retryBaseMs * 2 ** (attempt - 1));
      const delay = Math.min(left, retryAfterMs ?? Math.round(backoff / 2 + Math.random() * (backoff / 2)));
      this.opts.onRetry?.(what, attempt, reason, delay);
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}

/** The history entry is gone (expired WebEnv) or refused: fall back to an id list. */
export class HistoryError extends UserError {}

function parseRetryAfter(v: unknown): number | null {
  if (typeof v !== 'string' || !v.trim()) return null;
  const secs = Number(v);
  if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
  const at = Date.parse(v);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

type EsearchReply = SearchResult & { error?: string };

// NCBI's WebEnv is an id such as MCID_6178a3c7d8d5d3547e0f6b3d; empty where a server keeps no history.
const HISTORY_ENTRY = /^[\w.-]{0,500}$/;

/** retmode=json, as asked for. */
function esearchFromJson(body: string): EsearchReply {
  let json: any;
  try {
    json = JSON.parse(body);
  } catch {
    throw new RetryableReply('reply is not JSON');
  }
  const r = json?.esearchresult;
  // NCBI answers a rate limit or an outage with {"error": "..."}: say what it said.
  if (!r) throw new RetryableReply(typeof json?.error === 'string' ? `the server says "${json.error.slice(0, 200)}"` : 'reply has no esearchresult');
  if (r.idlist !== undefined && !Array.isArray(r.idlist)) throw new RetryableReply("reply's idlist is not a list of ids");
  return {
    count: Number(r.count),
    pmids: (r.idlist ?? []).map(String),
    webenv: String(r.webenv ?? ''),
    queryKey: String(r.querykey ?? ''),
    error: r.ERROR ? String(r.ERROR) : undefined,
  };
}

const esearchXml = new XMLParser({ parseTagValue: false, isArray: (name) => name === 'Id' });

/** The XML eSearchResult, which mirrors and servers that ignore retmode=json send. A reply cut short is not well-formed. */
function esearchFromXml(body: string): EsearchReply {
  if (XMLValidator.validate(body) !== true) throw new RetryableReply('reply is cut short or not well-formed XML');
  const r = esearchXml.parse(body)?.eSearchResult;
  if (!r) throw new RetryableReply('reply has no eSearchResult');
  return {
    count: Number(r.Count),
    pmids: (r.IdList?.Id ?? []).map(String),
    webenv: String(r.WebEnv ?? ''),
    queryKey: String(r.QueryKey ?? ''),
    error: r.ERROR ? String(r.ERROR) : undefined,
  };
}
