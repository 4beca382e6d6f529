/** The headless command line: npm run bamboo -- <command> [options]. */
import { run } from './program';

process.exitCode = run(process.argv.slice(2));
