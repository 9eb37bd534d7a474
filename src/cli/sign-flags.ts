// The flags of `dct-sign sign`: the GitHub action's inputs for the command,
// in the groups its help shows.

import {
  ENV_SPECS,
  type EnvSpec,
  type FlagGroup,
  type FlagSpec,
  keyFlags,
  option,
  outputGroup,
  REGISTRY_GROUP,
  toggle,
  TRUST_SERVER_GROUP,
} from './flags.ts';

export type { EnvSpec, FlagGroup, FlagSpec } from './flags.ts';

export const SIGN_FLAG_GROUPS: readonly FlagGroup[] = [
  {
    title: 'Signer key',
    flags: [
      ...keyFlags('signer-key', "the signer's private key file (docker: ~/.docker/trust/private)"),
      option('signer-name', 'NAME', "the signer's name; default: the key file's role: header"),
    ],
  },
  TRUST_SERVER_GROUP,
  {
    title: 'Registry',
    flags: [
      toggle('push', 'docker push each REFERENCE before signing (the default)'),
      toggle('no-push', 'sign what the registry has; needs no docker CLI or daemon', { negationOf: 'push' }),
      ...REGISTRY_GROUP.flags,
    ],
  },
  {
    title: 'First signing of a repository (creates its trust data)',
    flags: [
      ...keyFlags('root-key', 'root key file; used only if the repository has no trust data', 'the root key as PEM or base64 text (discouraged)'),
      ...keyFlags(
        'repository-key',
        'repository (targets) key file, to add the signer with',
        'the repository key as PEM or base64 text (discouraged)',
      ),
    ],
  },
  outputGroup({ json: 'print the result as JSON: {signed, signerKeyId, signerName}' }),
];

export const SIGN_FLAGS: readonly FlagSpec[] = SIGN_FLAG_GROUPS.flatMap((g) => g.flags);

export const SIGN_ENV: readonly EnvSpec[] = [
  ENV_SPECS.signerKey,
  ENV_SPECS.repositoryPassphrase,
  ENV_SPECS.rootPassphrase,
  ENV_SPECS.server,
  ENV_SPECS.config,
  { name: 'DOCKER_HOST', description: 'the docker daemon that docker push uses' },
];
