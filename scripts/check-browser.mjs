// `npm test` starts here: without a browser there is nothing to test in, so say how to get one.
import { findBrowser, HOW_TO_GET_ONE } from './browser-path.mjs';

const path = findBrowser();
if (!path) {
  console.error(HOW_TO_GET_ONE);
  process.exit(1);
}
console.log(`Testing in ${path}`);
