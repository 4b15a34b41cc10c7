// Imported first by main.tsx, before any schema is built: zod's compiled fast path probes for eval
// (`new Function`), which the Content-Security-Policy forbids. Parsing without it is the same result.
import { config } from 'zod';

config({ jitless: true });
