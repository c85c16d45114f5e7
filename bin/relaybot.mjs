#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's loader so that `npx relaybot` works right after `npm ci`, no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
