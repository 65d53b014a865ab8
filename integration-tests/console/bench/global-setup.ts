import { createBenchData, deleteBenchData } from './data';
import visitConsoles from '../real/global-setup';

// One set of objects for every *.bench.ts: leftovers of an aborted run go first. In the real console
// (bench:ui:console) each lab user opens it once first, so that bridge makes the user-settings ConfigMap
// the screenshot's theme switch writes to.
export default async () => {
  if (process.env.ADMIN_CONSOLE_URL) await visitConsoles();
  await deleteBenchData();
  await createBenchData();
};
