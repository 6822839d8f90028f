#!/usr/bin/env node
// `npx admingraph ...`: the CLI is TypeScript, run through tsx (a dependency) like `npm start`.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
