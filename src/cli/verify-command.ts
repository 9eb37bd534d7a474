// `dct-sign verify`: the gate before a deploy. Prints each reference's
// verdict and, for those that pass, the digest-pinned reference to pull;
// exits 1 when any fails, with one line per failure naming its reason.

import type { Logger } from '../logger.ts';
import { splitList } from '../operations/inputs.ts';
import type { SignerPolicy, VerifiedReference, VerifyOptions, VerifyResult } from '../operations/verify.ts';
import { failureLines, pinnedReferences, verifiedEntries } from '../operations/verify-report.ts';
import { choice, commandLine, type ParseContext, references, strings } from './args.ts';
import type { CliContext, Command } from './command.ts';
import { connectedEnv, connectedFlagGroups, operationLogger, type ParsedOperation, withConnection } from './connected-command.ts';
import { EXIT_OK, EXIT_FAILED } from './exit-codes.ts';
import { type FlagGroup, option, TRUST_SERVER_DEFAULT } from './flags.ts';
import { renderCommandHelp } from './help.ts';
import { json, table } from './output.ts';

const COMMAND = 'verify';
const POLICIES: readonly SignerPolicy[] = ['any', 'all'];

export const VERIFY_FLAG_GROUPS: readonly FlagGroup[] = connectedFlagGroups(
  [
    {
      title: 'Policy',
      flags: [
        option('required-signers', 'NAMES', 'signers who must have signed (comma-separated or repeated)', { multiple: true }),
        option('signer-policy', 'any|all', 'any (default): one required signer suffices; all: every one'),
      ],
    },
  ],
  { json: 'print {ok, references, verified} as JSON' },
);

export const VERIFY_FLAGS = VERIFY_FLAG_GROUPS.flatMap((g) => g.flags);

export function verifyHelp(): string {
  return renderCommandHelp({
    name: COMMAND,
    usage: '[options] REFERENCE...',
    about: `
Check that each REFERENCE (registry/repository:tag; without a tag, latest) is
signed, by the required signers if any are named, and that the registry still
serves the digest that was signed: what a pull with content trust checked
before docker stopped enforcing it. For each one that passes, print the
reference pinned to the signed digest (registry/repository@sha256:...), which
is what to pull or deploy.

The table goes to stdout; each failure is also a line on stderr with its
reason: unsigned, wrong-signer, digest-changed, expired, untrusted-root,
no-trust-data or invalid-trust-data. Verifying needs no key.

${TRUST_SERVER_DEFAULT}`,
    groups: VERIFY_FLAG_GROUPS,
    env: connectedEnv(),
    examples: `
# Deploy only what the release signer signed, by digest.
dct-sign verify --required-signers release registry.example.com/team/app:1.4.2

# The pinned references alone, for the next step of a pipeline.
dct-sign verify --json registry.example.com/team/app:1.4.2 | jq -r '.references[]'`,
    exitCodes: [
      [0, 'every REFERENCE is signed as required and served as signed'],
      [1, 'a REFERENCE failed verification (see its line on stderr), or the\nregistry or trust server failed or refused the login'],
      [2, 'the command line is wrong: unknown option, missing REFERENCE,\na --signer-policy other than any or all'],
    ],
  });
}

export type ParsedVerifyCommand = ParsedOperation<Omit<VerifyOptions, 'logger'>>;

export async function parseVerifyArgs(args: readonly string[], context: ParseContext): Promise<ParsedVerifyCommand> {
  const { values, positionals, ctx } = commandLine(args, VERIFY_FLAGS, COMMAND, context);
  const refs = references(positionals, ctx, 'REFERENCE');
  const requiredSigners = strings(values, 'required-signers').flatMap((v) => splitList(v));
  const signerPolicy = choice(values, ctx, 'signer-policy', POLICIES, 'any');
  return withConnection(values, ctx, { references: refs, requiredSigners, signerPolicy });
}

function signedBy(r: VerifiedReference): string {
  if (r.signedDigest === undefined) return '-';
  return r.signers.length > 0 ? r.signers.join(', ') : '(Repo Admin)';
}

export function formatVerifyResult(result: VerifyResult, asJson: boolean): string {
  if (asJson) {
    return json({ ok: result.ok, references: pinnedReferences(result), verified: verifiedEntries(result) });
  }
  const rows = result.references.map((r) => [r.reference, r.ok ? 'ok' : (r.reason ?? 'failed'), signedBy(r), r.ok ? (r.pinned ?? '-') : '-']);
  return table([['REFERENCE', 'RESULT', 'SIGNED BY', 'PINNED'], ...rows]);
}

/**
 * The core logs each verdict at info, which the table and the failure lines
 * already say: verdicts show with --verbose only. Its warnings (a delegation
 * left out, say) are passed on.
 */
function verdictsAsDebug(logger: Logger): Logger {
  return { ...logger, info: (message) => logger.debug(message) };
}

export const verifyCommand: Command = {
  name: COMMAND,
  summary: 'check tags are signed and served as signed; print them pinned',
  help: verifyHelp,
  flags: VERIFY_FLAGS,
  operand: 'REFERENCE',
  async run(args: readonly string[], cli: CliContext): Promise<number> {
    const parsed = await parseVerifyArgs(args, cli);
    const logger = verdictsAsDebug(operationLogger(cli, parsed));
    const result = await cli.operations.verify({ ...parsed.options, logger });
    cli.stdout(formatVerifyResult(result, parsed.json));
    for (const line of failureLines(result)) cli.stderr(`dct-sign: error: ${line}\n`);
    return result.ok ? EXIT_OK : EXIT_FAILED;
  },
};
