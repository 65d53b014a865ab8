import { createBenchData, deleteBenchData } from './data';
import visitConsoles from '../real/global-setup';

// One set of objects for every *.bench.ts: leftovers of an aborted run go first. Each lab user opens the
// console once first, so that bridge makes the user-settings ConfigMap the screenshot's theme switch
// writes to.
export default async () => {
  await visitConsoles();
  await deleteBenchData();
  await createBenchData();
};
