// What each of the action's commands is: its own inputs parsed, one
// operation called, its outputs and summary written.

export interface ActionCommand {
  /**
   * Names the core gives inputs that action.yml calls otherwise (the core's
   * `references` is the action's `tags`), so that a failure names the input
   * the workflow sets.
   */
  readonly inputNames?: Readonly<Record<string, string>>;
  run(): Promise<void>;
}
