#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader so that `npx relaybot` works right after `npm ci`, no build step.
import { register } from 'tsx/esm/api';

// chrono-node is hundreds of plain-JS files: loading it before tsx's hooks are in place skips their per-file
// work and roughly halves `relaybot parse` start-up. Later imports get this same cached module.
await import('chrono-node');
register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
