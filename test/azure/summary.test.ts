// The summary tab's markdown.

import { describe, expect, it } from 'vitest';
import { summaryMarkdown } from '../../src/azure/summary.ts';
import type { SignResult } from '../../src/operations/sign.ts';

const DIGEST = `sha256:${'ab'.repeat(32)}`;

const result = (signerName: string | undefined): SignResult => ({
  signerKeyId: 'f'.repeat(64),
  signerName,
  requests: { total: 7, byMethod: { GET: 5, POST: 2 }, connections: 2 },
  signed: [
    {
      reference: 'example.com/app:1',
      tag: '1',
      digest: DIGEST,
      size: 528,
      roles: ['targets/releases', 'targets/ci'],
      gun: 'example.com/app',
      trustServer: 'https://notary.example.com',
    },
  ],
});

describe('#summaryMarkdown', () => {
  describe('when a named signer signed', () => {
    it('names the signer, its key and the trust server, and lists each tag in a table', () => {
      const md = summaryMarkdown(result('ci'));
      expect(md).toContain(`Signed 1 tag with signer \`ci\`, key \`${'f'.repeat(64)}\` in https://notary.example.com.`);
      expect(md).toContain(`| \`example.com/app:1\` | \`${DIGEST}\` | 528 | targets/releases, targets/ci |`);
    });
  });

  describe('when the key signed without a signer name', () => {
    it('names the key only', () => {
      expect(summaryMarkdown(result(undefined))).toContain(`Signed 1 tag with key \`${'f'.repeat(64)}\``);
    });
  });
});
