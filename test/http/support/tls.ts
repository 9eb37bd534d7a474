// Throwaway TLS material for local test servers: a CA and a server
// certificate for 127.0.0.1 and localhost signed by it, made with the openssl
// binary in a temporary directory. (@peculiar/x509 would need a
// reflect-metadata polyfill that is not a dependency.)

import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export interface TestTls {
  /** PEM of the CA that signed the server certificate: the bundle clients trust. */
  readonly caPem: string;
  readonly certPem: string;
  readonly keyPem: string;
}

const run = promisify(execFile);

export async function makeTestTls(): Promise<TestTls> {
  const dir = await mkdtemp(join(tmpdir(), 'dct-sign-tls-'));
  const at = (name: string) => join(dir, name);
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  try {
    await run('openssl', [
      'req', '-x509', ...ec, '-keyout', at('ca.key'), '-out', at('ca.pem'),
      '-days', '1', '-subj', '/CN=dct-sign test CA',
      '-addext', 'basicConstraints=critical,CA:TRUE',
      '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
    ]);
    await run('openssl', [
      'req', ...ec, '-keyout', at('server.key'), '-out', at('server.csr'), '-subj', '/CN=127.0.0.1',
    ]);
    await writeFile(
      at('ext.cnf'),
      'basicConstraints=critical,CA:FALSE\nextendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1,DNS:localhost\n',
    );
    await run('openssl', [
      'x509', '-req', '-in', at('server.csr'), '-CA', at('ca.pem'), '-CAkey', at('ca.key'),
      '-CAcreateserial', '-days', '1', '-extfile', at('ext.cnf'), '-out', at('server.pem'),
    ]);
    const [caPem, certPem, keyPem] = await Promise.all(
      ['ca.pem', 'server.pem', 'server.key'].map((name) => readFile(at(name), 'utf8')),
    );
    return { caPem: caPem!, certPem: certPem!, keyPem: keyPem! };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
