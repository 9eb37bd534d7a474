// How many requests a registry client has in flight per host. The first
// request to a host goes alone: it finds out whether the host speaks TLS
// (a loopback registry may not) and what authentication it asks for, so the
// rest start with the right scheme and a token instead of each paying for a
// failed TLS attempt or a 401 of its own. After it, at most `limit` requests
// run at once and the others wait their turn, so a sign of thousands of tags
// holds a few requests at a time, not thousands.

interface HostState {
  /** Settles when the host's first request has (whatever its outcome). */
  readonly learned: Promise<void>;
  active: number;
  readonly waiting: (() => void)[];
}

export class HostGate {
  readonly #limit: number;
  readonly #hosts = new Map<string, HostState>();

  constructor(limit: number) {
    this.#limit = Math.max(1, limit);
  }

  async run<T>(host: string, work: () => Promise<T>): Promise<T> {
    let state = this.#hosts.get(host);
    if (state === undefined) {
      let learned!: () => void;
      state = { learned: new Promise((settle) => (learned = settle)), active: 1, waiting: [] };
      this.#hosts.set(host, state);
      try {
        return await work();
      } finally {
        learned();
        this.#release(state);
      }
    }
    await state.learned;
    if (state.active < this.#limit) state.active += 1;
    else await new Promise<void>((turn) => state.waiting.push(turn));
    try {
      return await work();
    } finally {
      this.#release(state);
    }
  }

  // A finished request hands its place to the next one waiting.
  #release(state: HostState): void {
    const next = state.waiting.shift();
    if (next) next();
    else state.active -= 1;
  }
}
