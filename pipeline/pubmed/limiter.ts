// NCBI allows 3 requests/s without an API key and 10/s with one, counted per
// process and key across all E-utilities. One limiter is shared by every
// client in the process; request starts are spaced, with a margin, so that
// network jitter cannot squeeze four starts into one second at the server.

const MARGIN_MS = 25;

export class RateLimiter {
  private next = 0;

  constructor(readonly perSecond: number) {}

  get intervalMs(): number {
    return 1000 / this.perSecond + MARGIN_MS;
  }

  /** Resolves when the caller may send its request. */
  async take(): Promise<void> {
    const now = Date.now();
    const at = Math.max(now, this.next);
    this.next = at + this.intervalMs;
    if (at > now) await new Promise((r) => setTimeout(r, at - now));
  }
}

const shared = new Map<number, RateLimiter>();

export function sharedLimiter(perSecond: number): RateLimiter {
  let l = shared.get(perSecond);
  if (!l) shared.set(perSecond, (l = new RateLimiter(perSecond)));
  return l;
}
