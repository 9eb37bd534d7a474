// FileMeta: the length and hashes that a snapshot, timestamp or targets file
// records for another file. Hashes are base64 in Notary (not hex as in TUF).

import { createHash, timingSafeEqual } from 'node:crypto';
import { canonicalJson, type JsonValue } from '../encoding/canonical-json.ts';
import { VerificationError } from '../errors.ts';
import { asObject, asInteger } from './guards.ts';

/** The hash algorithms notary computes for metadata files. */
export const METADATA_HASHES = ['sha256', 'sha512'] as const;

export class FileMeta {
  readonly length: number;
  /** Algorithm name to raw digest. */
  readonly hashes: Readonly<Record<string, Buffer>>;
  /** Opaque `custom` data, kept as it came. */
  readonly custom: JsonValue | undefined;

  constructor(options: { length: number; hashes: Record<string, Buffer>; custom?: JsonValue }) {
    this.length = options.length;
    this.hashes = options.hashes;
    this.custom = options.custom;
  }

  /** FileMeta of bytes we hold, with the given hash algorithms. */
  static of(bytes: Uint8Array, algorithms: readonly string[] = METADATA_HASHES): FileMeta {
    const hashes: Record<string, Buffer> = {};
    for (const alg of algorithms) hashes[alg] = createHash(alg).update(bytes).digest();
    return new FileMeta({ length: bytes.length, hashes });
  }

  /** The sha256 as hex, the name notary-server serves a file by. */
  get sha256Hex(): string | undefined {
    return this.hashes.sha256?.toString('hex');
  }

  /**
   * Checks bytes against this FileMeta: exact length and every known hash.
   * At least one of sha256/sha512 must be present, as notary requires.
   */
  verify(bytes: Uint8Array, role: string): void {
    if (bytes.length !== this.length) {
      throw new VerificationError(role, `length ${bytes.length} does not match the expected ${this.length}`, {
        check: 'hash',
      });
    }
    let checked = 0;
    for (const alg of METADATA_HASHES) {
      const expected = this.hashes[alg];
      if (!expected) continue;
      const actual = createHash(alg).update(bytes).digest();
      if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) {
        throw new VerificationError(role, `${alg} hash does not match the expected one`, { check: 'hash' });
      }
      checked++;
    }
    if (checked === 0) {
      throw new VerificationError(role, 'no sha256 or sha512 hash to check it against', { check: 'hash' });
    }
  }

  /**
   * canonicalJson(this.toJSON()), written directly when there is no custom
   * data: a role signing 9,400 new tags writes 9,400 of these.
   */
  canonical(): string {
    const algs = Object.keys(this.hashes);
    if (this.custom !== undefined || !Number.isSafeInteger(this.length) || !algs.every((a) => SIMPLE_KEY.test(a))) {
      return canonicalJson(this.toJSON());
    }
    algs.sort();
    let out = '{"hashes":{';
    for (let i = 0; i < algs.length; i++) out += `${i > 0 ? ',' : ''}"${algs[i]}":"${this.hashes[algs[i]!]!.toString('base64')}"`;
    return `${out}},"length":${this.length}}`;
  }

  toJSON(): JsonValue {
    const hashes: Record<string, string> = {};
    for (const [alg, digest] of Object.entries(this.hashes)) hashes[alg] = digest.toString('base64');
    return this.custom === undefined
      ? { hashes, length: this.length }
      : { custom: this.custom, hashes, length: this.length };
  }

  /**
   * The checks fromJSON makes, without building anything. True when the
   * value is exactly what toJSON writes for a FileMeta without custom data,
   * with its keys in canonical order: then JSON.stringify of it is its
   * canonical text whenever that text holds no backslash (see
   * Targets#canonicalOfSource).
   */
  static check(value: unknown, where: string): boolean {
    const obj = asObject(value, where);
    const hashesIn = asObject(obj.hashes, `${where}.hashes`);
    let flat = true;
    let previous = '';
    for (const alg in hashesIn) {
      const digest = hashesIn[alg];
      if (typeof digest !== 'string') throw new TypeError(`${where}.hashes.${alg} is not a string`);
      if (flat) flat = alg > previous && SIMPLE_KEY.test(alg) && digest.length % 4 === 0 && CANONICAL_BASE64.test(digest);
      previous = alg;
    }
    asInteger(obj.length, `${where}.length`);
    let i = 0;
    for (const key in obj) {
      if (key !== FLAT_KEYS[i]) flat = false;
      i++;
    }
    return flat && i === FLAT_KEYS.length;
  }

  static fromJSON(value: unknown, where: string): FileMeta {
    FileMeta.check(value, where);
    const obj = value as Record<string, unknown>;
    const hashesIn = obj.hashes as Record<string, string>;
    const hashes: Record<string, Buffer> = {};
    for (const [alg, digest] of Object.entries(hashesIn)) hashes[alg] = Buffer.from(digest, 'base64');
    const custom = obj.custom === null ? undefined : (obj.custom as JsonValue | undefined);
    return new FileMeta({ length: obj.length as number, hashes, ...(custom === undefined ? {} : { custom }) });
  }
}

/** The keys of a FileMeta without custom data, in canonical order. */
const FLAT_KEYS = ['hashes', 'length'];

/** Printable ASCII but quote and backslash: a key whose order and text JSON.stringify and canonical JSON agree on. */
const SIMPLE_KEY = /^[ !#-[\]-~]+$/;

/**
 * Base64 as Buffer#toString('base64') writes it, for a text whose length is
 * a multiple of 4: padded, and no bits set past the data. (Without the
 * length check this would admit unpadded text; it is the faster of the
 * equivalent patterns.)
 */
const CANONICAL_BASE64 = /^[A-Za-z0-9+/]*(?:[A-Za-z0-9+/][AQgw]==|[A-Za-z0-9+/]{2}[AEIMQUYcgkosw048]=)?$/;
