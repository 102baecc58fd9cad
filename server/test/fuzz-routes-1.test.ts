// Hostile input (issue #8, point 2), part 1 of 2 of the mutating routes with a body schema (see fuzz-harness.ts):
//   npm run test:fuzz                       (1,000 bodies per route, every fuzz file, both cores)
//   FUZZ_RUNS=1000 FUZZ_SEED=42 node --import tsx --test server/test/fuzz-routes-1.test.ts
//   FUZZ_ROUTE=/api/people                  (only routes whose URL contains it)
import { describeRouteFuzz } from './fuzz-harness';

describeRouteFuzz(0, 2);
