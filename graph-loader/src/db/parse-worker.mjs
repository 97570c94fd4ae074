// The entry of a parse worker thread (db/parse-pool.ts): registers tsx in this thread, as bin/ftz.js
// does in the main one, then runs the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./parse-worker.ts');
