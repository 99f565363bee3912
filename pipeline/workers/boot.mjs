// Worker threads start from plain JavaScript: this registers tsx's loader in
// the new thread, then loads the TypeScript module named in workerData.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.module);
