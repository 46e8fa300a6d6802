// `npm start`: builds the site when there is no build or when a source file is newer than it, then
// serves the exported folder (out/) on $PORT (3000 by default) with scripts/serve-static.ts, as any
// static host would: a fresh clone needs one command, and no Next.js server runs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
// The headers file is written after every page of the build, so its time is after theirs.
const buildId = path.join(root, 'out', '_headers');
const sources = ['app', 'components', 'lib', 'data', 'scripts', 'package.json', 'next.config.ts'];

function newestChange(entry) {
  const stats = statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(
    stats.mtimeMs,
    ...readdirSync(entry).map((name) => newestChange(path.join(entry, name))),
  );
}

const built = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
const changed = Math.max(
  ...sources
    .map((s) => path.join(root, s))
    .filter(existsSync)
    .map(newestChange),
);
if (changed > built) {
  console.log(
    built ? 'Sources changed since the last build: building again…' : 'No build yet: building…',
  );
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = process.env.PORT || '3000';
const tsx = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
const server = spawn(process.execPath, [tsx, 'scripts/serve-static.ts', '--port', port], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
