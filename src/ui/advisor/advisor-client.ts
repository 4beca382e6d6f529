/**
 * The screens' way to the page's advisor client (`app().advisor`, made by forecast-client.ts).
 */
import { app } from '../app';
import type { AdvisorClient } from './forecast-client';

export type { ForecastHandlers } from './forecast-client';

/** The page's advisor client (see `createAdvisorClient`). */
export function requestForecast(...args: Parameters<AdvisorClient['requestForecast']>): () => void {
  return app().advisor.requestForecast(...args);
}
