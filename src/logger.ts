// The logger the core writes progress to. Entrypoints adapt it to their
// platform (core.info, tl.debug, stderr); tests pass a silent or recording one.

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
}

export const silentLogger: Logger = { debug() {}, info() {}, warning() {} };
