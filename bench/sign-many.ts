// Signs many tags in one new node process, as `dct-sign sign` with many tags
// does after its registry lookups: read and decrypt the signer's key file,
// open a new Session, signTargetsInRepository with every target in one
// publish. scale.ts bundles this file and times the process from outside.
// The job is a JSON file named by argv[2]; the result goes to stdout as JSON.
// No top-level await: it is bundled as CommonJS, so that named imports of
// node built-ins that Node 20 lacks load as undefined (as in ncc's bundles).

import { readFileSync } from 'node:fs';
import { loadPrivateKey } from '../src/keys/index.ts';
import { Session } from '../src/operations/session.ts';
import type { TargetSpec } from '../src/trust/changes.ts';
import { signTargetsInRepository } from '../src/trust/updates.ts';

export interface SignManyJob {
  readonly url: string;
  readonly caPem: string;
  readonly gun: string;
  readonly targets: readonly TargetSpec[];
  readonly keyFile: string;
  readonly passphrase: string;
  readonly signerName: string;
}

async function main(): Promise<void> {
  const job = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as SignManyJob;
  const key = loadPrivateKey(readFileSync(job.keyFile, 'utf8'), { input: 'signer key', passphrase: job.passphrase });
  const session = new Session({ caBundle: job.caPem, access: 'write' });
  try {
    const result = await signTargetsInRepository({
      server: session.trustServer(job.url),
      gun: job.gun,
      signers: [key.signer],
      signerName: job.signerName,
      targets: job.targets,
    });
    const stats = session.stats();
    process.stdout.write(
      `${JSON.stringify({
        published: result.published,
        signed: result.result.size,
        requests: stats.requests,
        connections: stats.connections,
        maxRssKb: process.resourceUsage().maxRSS,
      })}\n`,
    );
  } finally {
    await session.close();
  }
}

void main();
