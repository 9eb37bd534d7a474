// The core's progress, written the agent's way: info as plain log lines,
// debug as `##[debug]` (shown when system.debug is true), warnings as issues.

import * as tl from 'azure-pipelines-task-lib';
import type { Logger } from '../logger.ts';
import { plainText } from './plain-text.ts';

export const taskLogger: Logger = {
  debug: (message) => tl.debug(plainText(message)),
  info: (message) => console.log(plainText(message)),
  warning: (message) => tl.warning(plainText(message)),
};
