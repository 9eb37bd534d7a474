// The core's Logger on the Actions log: debug lines show only with step
// debugging on, warnings become annotations.

import * as core from '@actions/core';
import type { Logger } from '../logger.ts';
import { infoPlain } from './plain-text.ts';

export const actionsLogger: Logger = {
  debug: (message) => core.debug(message),
  info: (message) => infoPlain(message),
  warning: (message) => core.warning(message),
};
