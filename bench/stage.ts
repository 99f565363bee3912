// One pipeline stage in a process of its own, so its time and peak memory (RSS)
// are its own: prints one JSON line for bench/run.ts.

import { Store } from '../pipeline/store/db.ts';
import { importFile } from '../pipeline/stages/import.ts';
import { classifyRecords } from '../pipeline/stages/classify.ts';
import { writeReports } from '../pipeline/stages/report.ts';

const [stage, db, arg, workers] = process.argv.slice(2);
const store = new Store(db);
const started = performance.now();
let records = 0;
if (stage === 'import') records = (await importFile(store, arg, { quiet: true, force: true, workers: workers ? Number(workers) : undefined })).records;
else if (stage === 'classify') records = (await classifyRecords(store, { quiet: true, force: true, workers: workers ? Number(workers) : undefined })).classified;
else if (stage === 'report') {
  await writeReports(store, { reportsDir: arg, overridesFile: '/nonexistent' });
  records = store.recordCount();
} else throw new Error(`unknown stage ${stage}`);
const seconds = (performance.now() - started) / 1000;
store.close();
console.log(JSON.stringify({ stage, records, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
