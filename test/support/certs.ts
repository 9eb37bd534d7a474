// Throwaway PKI for the test stack, made with the openssl CLI: a CA, a TLS
// server certificate for 127.0.0.1/localhost, and an ES256 token-signing key
// whose certificate goes into the JWT `x5c` header. notary-server and the
// registry verify tokens against the CA (their `rootcertbundle`).
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface StackCerts {
  readonly caFile: string;
  readonly caPem: string;
  readonly serverCertFile: string;
  readonly serverKeyFile: string;
  readonly tokenCertFile: string;
  readonly tokenKeyFile: string;
  /** PEM PKCS#8 private key of the token signer. */
  readonly tokenKeyPem: string;
  /** Base64 (standard alphabet) DER of the token signer's certificate, as `x5c` wants it. */
  readonly tokenCertDerBase64: string;
}

const DAYS = '7';

async function openssl(args: readonly string[], cwd: string): Promise<void> {
  try {
    await run('openssl', args, { cwd });
  } catch (err) {
    const e = err as { stderr?: string; message?: string };
    throw new Error(`openssl ${args[0]} failed: ${e.stderr ?? e.message ?? String(err)}`, {
      cause: err,
    });
  }
}

function serial(): string {
  // A leading 1 keeps the serial positive and non-zero.
  return `0x1${randomBytes(8).toString('hex')}`;
}

async function newP256Key(dir: string, file: string): Promise<void> {
  await openssl(
    ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', file],
    dir,
  );
}

async function issue(
  dir: string,
  name: string,
  subject: string,
  extensions: string,
): Promise<void> {
  await newP256Key(dir, `${name}.key`);
  await openssl(['req', '-new', '-key', `${name}.key`, '-subj', subject, '-out', `${name}.csr`], dir);
  await writeFile(join(dir, `${name}.ext`), extensions);
  await openssl(
    [
      'x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.crt', '-CAkey', 'ca.key',
      '-set_serial', serial(), '-days', DAYS, '-sha256',
      '-extfile', `${name}.ext`, '-out', `${name}.crt`,
    ],
    dir,
  );
}

export interface ServerCertificate {
  readonly certPem: string;
  readonly keyPem: string;
}

/**
 * A TLS server certificate for other names, signed by the CA that
 * generateCerts wrote into `dir`: e.g. for a host alias that is not loopback
 * by name, so that proxy rules apply to it.
 */
export async function issueServerCertificate(
  dir: string,
  name: string,
  sans: { readonly dns?: readonly string[]; readonly ip?: readonly string[] },
): Promise<ServerCertificate> {
  const alt = [...(sans.dns ?? []).map((d) => `DNS:${d}`), ...(sans.ip ?? []).map((i) => `IP:${i}`)].join(', ');
  await issue(
    dir,
    name,
    `/CN=${sans.dns?.[0] ?? sans.ip?.[0] ?? name}`,
    [
      'basicConstraints = critical, CA:FALSE',
      'keyUsage = critical, digitalSignature',
      'extendedKeyUsage = serverAuth',
      `subjectAltName = ${alt}`,
      'authorityKeyIdentifier = keyid',
      '',
    ].join('\n'),
  );
  return {
    certPem: await readFile(join(dir, `${name}.crt`), 'utf8'),
    keyPem: await readFile(join(dir, `${name}.key`), 'utf8'),
  };
}

/** Writes ca.*, server.* and token.* into `dir` and returns their paths. */
export async function generateCerts(dir: string): Promise<StackCerts> {
  await newP256Key(dir, 'ca.key');
  await writeFile(
    join(dir, 'ca.ext'),
    [
      '[req]',
      'distinguished_name = dn',
      '[dn]',
      '[v3_ca]',
      'basicConstraints = critical, CA:TRUE',
      'keyUsage = critical, keyCertSign, cRLSign',
      'subjectKeyIdentifier = hash',
      '',
    ].join('\n'),
  );
  await openssl(
    [
      'req', '-x509', '-new', '-key', 'ca.key', '-subj', '/CN=dct-sign test CA',
      '-config', 'ca.ext', '-extensions', 'v3_ca',
      '-set_serial', serial(), '-days', DAYS, '-sha256', '-out', 'ca.crt',
    ],
    dir,
  );

  await issue(
    dir,
    'server',
    '/CN=127.0.0.1',
    [
      'basicConstraints = critical, CA:FALSE',
      'keyUsage = critical, digitalSignature',
      'extendedKeyUsage = serverAuth',
      'subjectAltName = IP:127.0.0.1, DNS:localhost',
      'authorityKeyIdentifier = keyid',
      '',
    ].join('\n'),
  );
  await issue(
    dir,
    'token',
    '/CN=dct-sign test token signer',
    [
      'basicConstraints = critical, CA:FALSE',
      'keyUsage = critical, digitalSignature',
      'authorityKeyIdentifier = keyid',
      '',
    ].join('\n'),
  );

  const tokenCertPem = await readFile(join(dir, 'token.crt'), 'utf8');
  const tokenCertDerBase64 = tokenCertPem
    .replace(/-----(BEGIN|END) CERTIFICATE-----/g, '')
    .replace(/\s+/g, '');

  return {
    caFile: join(dir, 'ca.crt'),
    caPem: await readFile(join(dir, 'ca.crt'), 'utf8'),
    serverCertFile: join(dir, 'server.crt'),
    serverKeyFile: join(dir, 'server.key'),
    tokenCertFile: join(dir, 'token.crt'),
    tokenKeyFile: join(dir, 'token.key'),
    tokenKeyPem: await readFile(join(dir, 'token.key'), 'utf8'),
    tokenCertDerBase64,
  };
}
