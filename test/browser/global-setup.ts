import type { TestProject } from 'vitest/node';
import { buildGame, serveBuild } from './serve';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Builds and serves the game once for every browser test file. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.BAMBOO_SKIP_BUILD !== '1') await buildGame();
  const served = await serveBuild();
  project.provide('baseUrl', served.url);
  return () => served.close();
}
