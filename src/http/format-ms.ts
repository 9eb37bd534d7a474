// A duration as the messages print it: "800 ms", "2.5 s", "10 min". Its own
// module, so that code which only words a timeout (the command layer, via
// operations/push.ts) does not load the HTTP client at start-up.

export function formatMs(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 120_000) return `${Number((ms / 1000).toFixed(1))} s`;
  return `${Number((ms / 60_000).toFixed(1))} min`;
}
