// Fails when src/app/api/schema.d.ts is not what openapi-typescript makes from openapi.json,
// so a changed backend contract cannot slip in without regenerating (npm run api:gen) and compiling.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const committed = 'src/app/api/schema.d.ts';
const dir = mkdtempSync(join(tmpdir(), 'api-check-'));
const fresh = join(dir, 'schema.d.ts');
try {
  execFileSync('npx', ['openapi-typescript', 'openapi.json', '-o', fresh], { stdio: ['ignore', 'ignore', 'inherit'] });
  const normalize = (text) => text.replace(/\r\n/g, '\n');
  if (normalize(readFileSync(fresh, 'utf8')) !== normalize(readFileSync(committed, 'utf8'))) {
    console.error(`✖ ${committed} is out of date with openapi.json. Run "npm run api:gen" and fix the compile errors.`);
    process.exit(1);
  }
  console.log(`✔ ${committed} matches openapi.json`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
