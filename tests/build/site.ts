import { existsSync } from 'node:fs';

// The build checks read dist/; `npm test` builds it first.
export const dist = 'dist';
if (!existsSync(`${dist}/index.html`)) {
  throw new Error('dist/ is missing: run `npm run build` (npm test does it for you) before the build checks.');
}
