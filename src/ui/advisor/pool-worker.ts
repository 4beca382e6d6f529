/**
 * Web Worker entry of the advisor's pool (started by forecast-client.ts): holds the current
 * question and runs the tasks it is given. Only wiring: the work is in pool-work.ts.
 */
import type { PoolTask, TaskResult } from './pool-plan';
import { type PoolQuestion, prepareQuestion } from './pool-work';

export type PoolRequest =
  | ({ readonly type: 'question'; readonly id: number } & PoolQuestion)
  | { readonly type: 'task'; readonly id: number; readonly task: PoolTask };

export interface PoolResponse {
  readonly id: number;
  readonly task: PoolTask;
  readonly result: TaskResult;
}

interface WorkerScope {
  postMessage(message: PoolResponse): void;
  onmessage: ((event: { data: PoolRequest }) => void) | null;
}

const scope = globalThis as unknown as WorkerScope;
let current: { id: number; run: (task: PoolTask) => TaskResult } | null = null;

scope.onmessage = ({ data }) => {
  if (data.type === 'question') {
    current = { id: data.id, run: prepareQuestion(data) };
    return;
  }
  if (current?.id !== data.id) return;
  scope.postMessage({ id: data.id, task: data.task, result: current.run(data.task) });
};
