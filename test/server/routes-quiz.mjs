// Test-server routes for <sebaya-quiz> tests (see plugins.mjs: route(name, handler)).
// eslint-disable-next-line no-unused-vars
import { route } from './plugins.mjs';
