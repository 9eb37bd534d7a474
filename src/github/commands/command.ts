// What each of the action's commands is: its own inputs parsed, one
// operation called, its outputs and summary written. The core names inputs
// as action.yml does, so a failure needs no translating.

export interface ActionCommand {
  run(): Promise<void>;
}
