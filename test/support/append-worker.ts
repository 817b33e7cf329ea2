// A separate process appending to a SQLite store: `append-worker.ts DATA_DIR LABEL BATCHES`.
// Each batch is two sources, so a lost or torn batch shows in the count.
import { openStore } from '../../src/store/open-store.js';
import { makeSource, sourceAdded } from './builders.js';

const [dataDir, label, batches] = process.argv.slice(2);
if (dataDir === undefined || label === undefined || batches === undefined) {
  throw new Error('usage: append-worker.ts DATA_DIR LABEL BATCHES');
}
const store = await openStore({ kind: 'sqlite', dataDir });
try {
  for (let i = 0; i < Number(batches); i++) {
    const names = [`${label}-${i}-1`, `${label}-${i}-2`];
    await store.append(
      names.map((name) => sourceAdded(makeSource({ name }))),
      `worker-${label}`,
    );
  }
} finally {
  await store.close();
}
