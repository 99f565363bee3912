#!/usr/bin/env node
// The exoevidence command (package.json "bin"): runs pipeline/cli.ts through tsx's
// loader, so `npx exoevidence report` works with no build step, as `npm run` does.
import { register } from 'tsx/esm/api';

register();
const { start } = await import('../pipeline/cli.ts');
start();
