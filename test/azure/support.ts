// Helpers for the Azure task's tests: the environment the agent hands a task
// (INPUT_*, ENDPOINT_*), and reading the `##vso[...]` commands it printed.

/** What the agent sets for a task input: INPUT_<NAME>, the name uppercased. */
export function inputEnv(inputs: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]));
}

export interface EndpointSpec {
  readonly id: string;
  readonly url?: string;
  readonly scheme: string;
  readonly parameters: Readonly<Record<string, string>>;
  readonly data?: Readonly<Record<string, string>>;
}

/**
 * What the agent sets for a service connection: ENDPOINT_URL_<id>,
 * ENDPOINT_AUTH_<id> (the authorization as JSON), ENDPOINT_AUTH_SCHEME_<id>,
 * ENDPOINT_AUTH_PARAMETER_<id>_<KEY> and ENDPOINT_DATA_<id>_<KEY>, keys uppercased.
 */
export function endpointEnv(endpoint: EndpointSpec): Record<string, string> {
  const { id } = endpoint;
  const env: Record<string, string> = {
    [`ENDPOINT_AUTH_${id}`]: JSON.stringify({ parameters: endpoint.parameters, scheme: endpoint.scheme }),
    [`ENDPOINT_AUTH_SCHEME_${id}`]: endpoint.scheme,
  };
  if (endpoint.url !== undefined) env[`ENDPOINT_URL_${id}`] = endpoint.url;
  for (const [key, value] of Object.entries(endpoint.parameters)) {
    env[`ENDPOINT_AUTH_PARAMETER_${id}_${key.toUpperCase()}`] = value;
  }
  for (const [key, value] of Object.entries(endpoint.data ?? {})) env[`ENDPOINT_DATA_${id}_${key.toUpperCase()}`] = value;
  return env;
}

export interface VsoCommand {
  readonly command: string;
  readonly properties: Readonly<Record<string, string>>;
  readonly data: string;
  /** Index of the output line it was on. */
  readonly line: number;
}

/** Undoes task-lib's escaping of command data and property values (taskcommand.js). */
function unescape(text: string): string {
  return text
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%5D/g, ']')
    .replace(/%3B/g, ';')
    .replace(/%AZP25/g, '%');
}

export function vsoCommands(output: string): VsoCommand[] {
  const commands: VsoCommand[] = [];
  output.split(/\r?\n/).forEach((text, line) => {
    const m = /^##vso\[([\w.]+)(?: ([^\]]*))?\](.*)$/.exec(text);
    if (!m) return;
    const properties: Record<string, string> = {};
    for (const pair of (m[2] ?? '').split(';')) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq).trim()] = unescape(pair.slice(eq + 1));
    }
    commands.push({ command: m[1]!, properties, data: unescape(m[3] ?? ''), line });
  });
  return commands;
}

/** The values registered with `##vso[task.setsecret]`. */
export function maskedValues(output: string): string[] {
  return vsoCommands(output)
    .filter((c) => c.command === 'task.setsecret')
    .map((c) => c.data);
}

/** The output as the agent would log it: setsecret lines are consumed, not shown. */
export function visibleOutput(output: string): string {
  return output
    .split(/\r?\n/)
    .filter((l) => !l.startsWith('##vso[task.setsecret]'))
    .join('\n');
}

/** The base64 lines of a PEM text (what must never show up in a log). */
export function pemBodyLines(pem: string): string[] {
  return pem
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => /^[A-Za-z0-9+/]+={0,2}$/.test(l));
}
