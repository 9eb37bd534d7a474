// The task's output variables, for later steps and jobs: $(step.<name>).
// Each command maps its result to names listed in task.json's outputVariables.

import * as tl from 'azure-pipelines-task-lib';

export type Outputs = Readonly<Record<string, string>>;

export function setOutputs(outputs: Outputs): void {
  for (const [name, value] of Object.entries(outputs)) tl.setVariable(name, value, false, true);
}
