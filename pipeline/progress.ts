// Progress for long work on stderr: done/total, rate and ETA. Silent when stderr
// is not a terminal (logs, CI) or with --quiet, so output stays clean to parse.

export class Progress {
  private readonly started = Date.now();
  private done = 0;
  private last = 0;
  private readonly enabled: boolean;

  constructor(private readonly label: string, private total: number | null, quiet = false) {
    this.enabled = !quiet && Boolean(process.stderr.isTTY);
  }

  add(n: number): void {
    this.done += n;
    const now = Date.now();
    if (this.enabled && now - this.last > 200) {
      this.last = now;
      this.draw();
    }
  }

  private draw(): void {
    const secs = (Date.now() - this.started) / 1000;
    const rate = secs > 0 ? this.done / secs : 0;
    const of = this.total ? `/${this.total}` : '';
    const eta = this.total && rate > 0 ? `, ETA ${Math.ceil((this.total - this.done) / rate)}s` : '';
    process.stderr.write(`\r${this.label}: ${this.done}${of} (${rate.toFixed(0)}/s${eta})   `);
  }

  finish(): void {
    if (this.enabled) {
      this.draw();
      process.stderr.write('\n');
    }
  }
}
