// docker's --pretty layout, on inputs shaped like the docker CLI's own trust
// inspect test data.

import { describe, expect, it } from 'vitest';
import { formatInspectPretty } from '../../src/commands/inspect-pretty.ts';
import type { RepositoryTrust } from '../../src/operations/inspect.ts';

const admin = [
  { Name: 'Root', Keys: [{ ID: 'rootID' }] },
  { Name: 'Repository', Keys: [{ ID: 'targetsID' }] },
] as const;

const full: RepositoryTrust = {
  Name: 'signed-repo',
  SignedTags: [
    { SignedTag: 'blue', Digest: '626c75652d646967657374', Signers: ['alice'] },
    { SignedTag: 'green', Digest: '677265656e2d646967657374', Signers: ['Repo Admin'] },
    { SignedTag: 'red', Digest: '7265642d646967657374', Signers: ['bob', 'alice'] },
  ],
  Signers: [
    { Name: 'bob', Keys: [{ ID: 'B' }] },
    { Name: 'alice', Keys: [{ ID: 'A' }] },
  ],
  AdministrativeKeys: admin,
};

describe('#formatInspectPretty', () => {
  describe('when the repository has signed tags and signers', () => {
    it('prints docker tables: padded columns, sorted signers, Repo Admin in parentheses', () => {
      expect(formatInspectPretty({ repositories: [full] })).toBe(
        [
          '',
          'Signatures for signed-repo',
          '',
          'SIGNED TAG   DIGEST                     SIGNERS',
          'blue         626c75652d646967657374     alice',
          'green        677265656e2d646967657374   (Repo Admin)',
          'red          7265642d646967657374       alice, bob',
          '',
          'List of signers and their keys for signed-repo',
          '',
          'SIGNER    KEYS',
          'alice     A',
          'bob       B',
          '',
          'Administrative keys for signed-repo',
          '',
          '  Repository Key:\ttargetsID',
          '  Root Key:\trootID',
          '',
        ].join('\n'),
      );
    });
  });

  describe('when a tag has no signatures and there are no signers', () => {
    it('says so and leaves the signer table out', () => {
      const text = formatInspectPretty({
        repositories: [{ Name: 'reg/img:unsigned', SignedTags: [], Signers: [], AdministrativeKeys: admin }],
      });
      expect(text).toBe(
        '\nNo signatures for reg/img:unsigned\n\n\nAdministrative keys for reg/img:unsigned\n\n' +
          '  Repository Key:\ttargetsID\n  Root Key:\trootID\n',
      );
    });
  });

  describe('when signer keys are long', () => {
    it('sorts them and cuts each to 12 characters', () => {
      const keys = ['f'.repeat(64), 'a'.repeat(64)].map((ID) => ({ ID }));
      const text = formatInspectPretty({
        repositories: [{ ...full, Signers: [{ Name: 'ci', Keys: keys }, { Name: 'nokeys' }] }],
      });
      expect(text).toContain(`SIGNER    KEYS\nci        ${'a'.repeat(12)}, ${'f'.repeat(12)}\nnokeys    \n`);
    });
  });

  describe('when several references are given', () => {
    it('separates them with a blank line pair', () => {
      const one = formatInspectPretty({ repositories: [full] });
      expect(formatInspectPretty({ repositories: [full, full] })).toBe(`${one}\n\n${one}`);
    });
  });
});
