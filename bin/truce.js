#!/usr/bin/env node
// The published entry point runs the compiled CLI; `npm ci` builds it through `prepare`.
import { runCli } from '../dist/cli/main.js';

// `truce claim list | head`: a reader that stops early is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await runCli(process.argv);
