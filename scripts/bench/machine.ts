import { cpus, loadavg, totalmem, type as osType, release } from "node:os";

/** One line naming the machine, for the benchmark table's heading. */
export function describeMachine(): string {
  const cores = cpus();
  return `${cores[0]?.model.trim() ?? "unknown CPU"}, ${cores.length} cores, ${Math.round(totalmem() / 2 ** 30)} GB RAM, ${osType()} ${release()}, Node ${process.version}`;
}

export const loadAverage = () => loadavg()[0].toFixed(2);
