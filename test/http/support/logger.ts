// A Logger that keeps what it was told, for tests that check log lines.

import type { Logger } from '../../../src/logger.ts';

export interface RecordingLogger extends Logger {
  readonly debugs: string[];
  readonly infos: string[];
  readonly warnings: string[];
}

export function recordingLogger(): RecordingLogger {
  const debugs: string[] = [];
  const infos: string[] = [];
  const warnings: string[] = [];
  return {
    debugs,
    infos,
    warnings,
    debug: (m) => debugs.push(m),
    info: (m) => infos.push(m),
    warning: (m) => warnings.push(m),
  };
}
