// `dct-sign sign --help`.

import { renderEnv, renderFlagGroups } from './help.ts';
import { SIGN_ENV, SIGN_FLAG_GROUPS } from './sign-flags.ts';

export const SIGN_SUMMARY = 'push image tags and sign them in the trust server';

export function signHelp(): string {
  return `Usage: dct-sign sign [options] REFERENCE...

Push each REFERENCE with docker, read its digest from the registry and sign
the tag in the repository's trust server, as \`docker trust sign\` would. Each
REFERENCE is registry/repository:tag; all tags of one repository are signed
in one update. Keys, passphrases, the signer's rights and the trust data are
all checked before the first push, so a bad input pushes and publishes nothing.

The signer must already be a signer of the repository (\`docker trust signer
add\`), unless the root and repository keys are given to create its trust data.
Keys and passphrases on the command line are visible to other users of the
machine: prefer key files and the environment variables below.

The trust server is --trust-server, else DOCKER_CONTENT_TRUST_SERVER, else
https://notary.docker.io for Docker Hub, else the registry host itself (ACR).

${renderFlagGroups(SIGN_FLAG_GROUPS)}

${renderEnv(SIGN_ENV)}

Examples:
  # Any CI: key file from the CI's secret store, passphrase in the environment,
  # registry login as docker keeps it.
  export DOCKER_CONTENT_TRUST_REPOSITORY_PASSPHRASE="$SIGNER_PASSPHRASE"
  docker login registry.example.com -u ci --password-stdin <<<"$REGISTRY_TOKEN"
  dct-sign sign --signer-key-file "$SIGNER_KEY_FILE" \\
      registry.example.com/team/app:1.4.2 registry.example.com/team/app:latest

  # Azure Container Registry, image already pushed by the build, signing as a
  # service principal with the AcrImageSigner role (ACR serves trust data
  # itself, so no --trust-server); the key comes base64-encoded from a secret.
  export DCT_SIGNER_KEY="$ACR_SIGNER_KEY_BASE64"
  echo "$SP_PASSWORD" | dct-sign sign --no-push --username "$SP_APP_ID" --password-stdin \\
      myregistry.azurecr.io/myimage:v1

  # Self-hosted notary with its own CA, trusting only the pinned root key.
  dct-sign sign --trust-server https://notary.internal:4443 \\
      --trust-server-ca /etc/ssl/certs/internal-ca.pem \\
      --trust-pin 5d3b4c7e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4 \\
      --signer-key-file ci.key registry.internal:5000/platform/api:2.0.1

Exit codes:
  0  every REFERENCE was pushed (unless --no-push) and signed
  1  pushing or signing failed: a key or passphrase, the signer's rights, the
     trust data, the registry, the trust server or docker push; see the message
  2  the command line is wrong: unknown option, missing value or REFERENCE,
     a REFERENCE without a tag, options that exclude each other
`;
}
