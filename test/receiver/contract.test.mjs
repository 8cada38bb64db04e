// @ts-check
/**
 * The receiver contract suite (docs/receiver-contract.md), written once and run against every
 * reference receiver, each started for real on 127.0.0.1 and stopped afterwards:
 * php-sqlite, php-mariadb, node-file, node-pg, wp, wp-mysqli (see contract/targets.mjs).
 *
 *   SEBAYA_RECEIVERS=php-sqlite,node-file   only these targets
 *   SEBAYA_REQUIRE_SERVERS=1                a target whose server is missing fails (CI) instead of skipping
 */
import { after, before, describe, test } from 'node:test';
import { fuzzTests } from './contract/fuzz.mjs';
import { coordinatorTests } from './contract/coordinator.mjs';
import { selectedTargets } from './contract/targets.mjs';
import { visitorTests } from './contract/visitor.mjs';

const required = process.env.SEBAYA_REQUIRE_SERVERS === '1';

for (const target of selectedTargets()) {
  const missing = target.missing();
  if (missing) {
    if (required) {
      test(`${target.name}: its server is installed (SEBAYA_REQUIRE_SERVERS=1)`, () => {
        throw new Error(`${target.name}: ${missing}`);
      });
    } else {
      test(
        `${target.name}`,
        { skip: `${missing}: skipped (set SEBAYA_REQUIRE_SERVERS=1 to fail instead)` },
        () => undefined,
      );
    }
    continue;
  }
  describe(`receiver contract: ${target.name}`, () => {
    /** @type {import('./contract/targets.mjs').Opened | undefined} */
    let opened;
    before(async () => {
      opened = await target.open();
    });
    after(async () => {
      await opened?.close();
    });
    const ctx = {
      frontServer: target.frontServer,
      start: (/** @type {Record<string, unknown>} */ config, /** @type {Record<string, string>} */ env = {}) => {
        if (!opened) throw new Error(`${target.name} did not open`);
        return opened.start(config, env);
      },
    };
    visitorTests(ctx);
    coordinatorTests(ctx);
    fuzzTests(ctx);
  });
}
