// The logger the core writes progress to. Entrypoints adapt it to their
// platform (core.info, tl.debug, stderr); tests pass a silent or recording one.

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
}

export const silentLogger: Logger = { debug() {}, info() {}, warning() {} };

/**
 * Runs one phase of a command (reading a repository's trust data, a push,
 * a publish) and writes one debug line when it ends, with how long it took:
 * "reading trust data for r/a: done in 120 ms", or "…: failed after 120 ms".
 */
export async function phase<T>(logger: Logger, what: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  let result: T;
  try {
    result = await work();
  } catch (err) {
    logger.debug(`${what}: failed after ${ms()} ms`);
    throw err;
  }
  logger.debug(`${what}: done in ${ms()} ms`);
  return result;
}
