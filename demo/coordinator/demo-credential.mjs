// @ts-check
/**
 * DEMO ONLY: the coordinator credential of the demo site's receiver (demo/server.mjs mounts it at
 * /api/support with this credential's hash). It is public, like demo-private-key.json beside it,
 * so it opens only the demo's inbox; a real team makes its own with `sebaya credential`.
 */
export const DEMO_CREDENTIAL = 'sbc_DEMO-ONLY_public_never-for-a-real-team_0000';
