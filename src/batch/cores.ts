// How many documents at once by default, in its own module so that the CLI can
// show it in --help without loading the engine.
import { availableParallelism } from 'node:os';

export function defaultJobs(): number {
  return availableParallelism();
}
