import { createBenchData, deleteBenchData } from './data';

// One set of objects for every *.bench.ts: leftovers of an aborted run go first.
export default async () => {
  await deleteBenchData();
  await createBenchData();
};
