import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer as createViteServer, preview } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface Served {
  readonly url: string;
  close(): Promise<void>;
}

/** A port nobody is listening on right now (asked of the OS, then released). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * `vite build` in a child process: inside Vitest, NODE_ENV is 'test', and a build made there
 * would not be the production build players get.
 */
export async function buildGame(): Promise<void> {
  // The two builds of `npm run build`: the hosted one, then the one-file one.
  await viteBuild([]);
  await viteBuild(['--mode', 'single-file']);
}

async function viteBuild(args: readonly string[]): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['node_modules/vite/bin/vite.js', 'build', ...args, '--logLevel', 'warn'],
      {
        cwd: root,
        env: { ...process.env, NODE_ENV: 'production' },
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    );
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build exited with ${code}`)),
    );
  });
}

/** Serves dist/ with `vite preview` on a free localhost port. */
export async function serveBuild(): Promise<Served> {
  const port = await freePort();
  const server = await preview({
    root,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => server.close(),
  };
}

/**
 * `npm run dev`'s server on a free port, with an empty dependency cache of its own: a fresh
 * clone has none, and the pre-bundling step that runs then is what broke the dev server before.
 */
export async function serveDev(): Promise<Served> {
  const port = await freePort();
  const cacheDir = mkdtempSync(join(tmpdir(), 'bamboo-vite-'));
  const server = await createViteServer({
    root,
    cacheDir,
    logLevel: 'warn',
    server: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  await server.listen();
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      await server.close();
      rmSync(cacheDir, { recursive: true, force: true });
    },
  };
}
