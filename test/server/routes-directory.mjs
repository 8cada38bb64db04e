// Test-server routes for <sebaya-directory> tests (see plugins.mjs: route(name, handler)).
// eslint-disable-next-line no-unused-vars
import { route } from './plugins.mjs';
