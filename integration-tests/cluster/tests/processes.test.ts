// The lab's process rules, checked on processes of their own (processes.sh: its own state folder and network
// namespace, never the cluster's): a pid file counts only while it names the very process recorded; one
// SIGKILL to a pod's recorded pid ends every process of the pod and nothing else; a container's ends that
// container, the processes that left it included; inside a pod the machine's pids are out of reach.
import { spawnSync } from 'child_process';
import * as path from 'path';

test('lab processes: only what the scripts recorded is ever signalled, and pods end whole', () => {
  const r = spawnSync('bash', [path.join(__dirname, 'processes.sh')], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  console.log(`${r.stdout}${r.stderr}`);
  expect(r.stdout).toContain('all process checks passed');
  expect(r.status).toBe(0);
});
