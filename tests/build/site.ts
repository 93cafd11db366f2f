import { existsSync } from 'node:fs';
import { join } from 'node:path';

// The build checks read the built site; `npm test` builds it first. KFG_DIST points them at another
// folder (the runner's probe test uses an empty one to prove a missing build fails, never skips).
export const dist = process.env['KFG_DIST'] ?? 'dist';

/** The path of a file the build must have made; a missing one fails the test file that needs it. */
export function builtFile(path: string): string {
  const file = join(dist, path);
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: run \`npm run build\` (npm test does it for you) before the build checks.`);
  }
  return file;
}

builtFile('index.html');
