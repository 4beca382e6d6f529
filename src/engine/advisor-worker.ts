/**
 * Web Worker entry for the advisor (the screen starts it with
 * `new Worker(new URL('../engine/advisor-worker.ts', import.meta.url), { type: 'module' })`).
 * Only wiring: the logic is in advisor-service.ts.
 */
import { type AdvisorRequest, createAdvisorService } from './advisor-service';

interface WorkerScope {
  postMessage(message: unknown): void;
  onmessage: ((event: { data: AdvisorRequest }) => void) | null;
}

const scope = globalThis as unknown as WorkerScope;
const service = createAdvisorService(
  (response) => scope.postMessage(response),
  (run) => setTimeout(run, 0),
);
scope.onmessage = (event) => service.onMessage(event.data);
