// Starts the production server (`npm start`'s static server over out/) on 127.0.0.1 for the
// benchmarks, after a build unless --no-build is given, and waits until it answers.
import { spawn, spawnSync } from 'node:child_process';

/** `env` is added to the build's environment (the benchmark's BENCH=1). */
export function buildUnlessAsked(env: Record<string, string> = {}): void {
  if (process.argv.includes('--no-build')) return;
  const build = spawnSync('npm', ['run', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

export async function startServer(port: number): Promise<{ origin: string; stop: () => void }> {
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'scripts/serve-static.ts', '--port', String(port)],
    {
      stdio: 'ignore',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    },
  );
  const stop = () => server.kill();
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(origin)).ok) return { origin, stop };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error(`The server did not start on ${origin}`);
}
