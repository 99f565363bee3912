// Parsing and classifying are pure and bound by the CPU. A pool of worker
// threads spreads them over the cores while the main thread reads the input
// and writes SQLite. Batches go to the least busy worker; results come back
// per batch, so callers keep their input order. Small jobs run in the calling
// thread: starting workers costs more than it saves.

import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { runTask, type Reply, type Request, type TaskName } from './tasks.ts';
import { nextTurn } from '../turn.ts';
import { BUILT, ROOT } from '../paths.ts';

export const defaultWorkers = () => Math.max(1, Math.min(4, availableParallelism()));

// From the sources, a thread first registers tsx's loader (boot.mjs), then loads tasks.ts; the build's tasks.js is plain JavaScript.
const startWorker = () =>
  BUILT
    ? new Worker(join(ROOT, 'dist/tasks.js'), { workerData: { exoevidencePool: true } })
    : new Worker(new URL('./boot.mjs', import.meta.url), { workerData: { module: new URL('./tasks.ts', import.meta.url).href, exoevidencePool: true } });

interface Slot {
  worker: Worker;
  busy: number;
}

export class Pool {
  private readonly slots: Slot[] = [];
  private readonly waiting = new Map<number, { resolve: (r: unknown[]) => void; reject: (e: Error) => void; slot: Slot }>();
  private next = 0;
  /** Without threads: the last call run in this thread, which the next waits for (see run). */
  private inline: Promise<unknown> = Promise.resolve();

  /** size 0: no threads, every batch runs in the calling thread. */
  constructor(private readonly task: TaskName, size = defaultWorkers()) {
    for (let i = 0; i < size; i++) {
      const worker = startWorker();
      const slot: Slot = { worker, busy: 0 };
      worker.on('message', (reply: Reply) => {
        const w = this.waiting.get(reply.id);
        if (!w) return;
        this.waiting.delete(reply.id);
        w.slot.busy--;
        if ('failure' in reply) w.reject(new Error(reply.failure));
        else w.resolve(reply.results);
      });
      worker.on('error', (e) => {
        for (const [id, w] of this.waiting) if (w.slot === slot) (this.waiting.delete(id), w.reject(e));
      });
      this.slots.push(slot);
    }
  }

  get size(): number {
    return this.slots.length;
  }

  /** `transfer`: the items' buffers that move to the worker instead of being copied (unusable here after). */
  run<Out>(items: unknown[], transfer: ArrayBuffer[] = []): Promise<Out[]> {
    // Without threads, calls run one after another, each in a turn of the event loop of its own, where signals are
    // heard: run at once, a batch of calls held the thread until all were done, and Ctrl-C waited seconds for 2,000
    // records to be classified. (Queued all at once, their turns would still come in one phase of the loop.)
    if (!this.slots.length) {
      const run = this.inline.then(nextTurn).then(() => runTask(this.task, items) as Out[] | Promise<Out[]>);
      this.inline = run.catch(() => undefined);
      return run;
    }
    const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = ++this.next;
    slot.busy++;
    return new Promise<Out[]>((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve as (r: unknown[]) => void, reject, slot });
      slot.worker.postMessage({ id, task: this.task, items } satisfies Request, transfer);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots.length = 0;
  }
}
