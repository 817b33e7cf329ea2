#!/usr/bin/env node
// The published entry point runs the compiled CLI; `npm ci` builds it through `prepare`.
import { runCli } from '../dist/cli/main.js';

process.exitCode = await runCli(process.argv);
