// Fetches the WordPress the plugin test runs on, from the npm registry (the only network CI has):
// `@wp-playground/wordpress-builds`, pinned, packed into .cache/wordpress/ (gitignored) once. It
// holds WordPress 6.5.x (src/wordpress/wp-6.5.zip, with its static files apart in public/wp-6.5/)
// and the SQLite database integration plugin (src/sqlite-database-integration/). Not a
// devDependency: at 158 MB it would slow every `npm ci`. `.ci/run` runs this before the test; the
// test runs it too, so a plain `npm run test:integrations` works on a fresh clone.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export const WORDPRESS_PACKAGE = '@wp-playground/wordpress-builds';
export const WORDPRESS_PACKAGE_VERSION = '0.9.19';
export const CACHE = join(import.meta.dirname, '..', '.cache', 'wordpress');
export const TARBALL = join(CACHE, `wp-playground-wordpress-builds-${WORDPRESS_PACKAGE_VERSION}.tgz`);

/** The tarball's path, packing it from the registry first when it is not cached. */
export function fetchWordpress() {
  if (existsSync(TARBALL)) return TARBALL;
  mkdirSync(CACHE, { recursive: true });
  execFileSync(
    process.platform === 'win32' ? 'npm.cmd' : 'npm',
    ['pack', `${WORDPRESS_PACKAGE}@${WORDPRESS_PACKAGE_VERSION}`, '--pack-destination', CACHE, '--silent'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (!existsSync(TARBALL)) throw new Error(`npm pack did not write ${TARBALL}`);
  return TARBALL;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  console.log(`${relative(process.cwd(), fetchWordpress())}: ${WORDPRESS_PACKAGE}@${WORDPRESS_PACKAGE_VERSION}`);
}
