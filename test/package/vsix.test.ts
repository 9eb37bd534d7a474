// The Azure DevOps extension as the Marketplace receives it: `npm run
// package:vsix` builds build/<id>-<version>.vsix with tfx-cli from the
// committed task/; unpacked, its manifests carry package.json's version, it
// holds task.json (with that version too), every bundle file task.json's
// execution handlers name, and a 128x128 PNG icon.

import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, packageJson, runOk, tempDir, type PackageJson } from './support.ts';

interface TaskJson {
  readonly name: string;
  readonly version: { readonly Major: number; readonly Minor: number; readonly Patch: number };
  readonly execution: Readonly<Record<string, { readonly target: string }>>;
}

interface ExtensionJson {
  readonly id: string;
  readonly publisher: string;
  readonly version: string;
}

/** An element's attributes, as fast-xml-parser gives them with the @_ prefix. */
type Attributes = Readonly<Record<string, string>>;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => name === 'Asset' });

function asObject(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${what}: not an object`);
  return value as Record<string, unknown>;
}

describe('npm run package:vsix', () => {
  let work: string;
  let pkg: PackageJson;
  let extension: ExtensionJson;
  let vsix: string;
  let zip: JSZip;

  async function entry(name: string): Promise<Buffer> {
    const file = zip.file(name);
    if (file === null) throw new Error(`${name} is not in the .vsix; it has: ${Object.keys(zip.files).join(', ')}`);
    return file.async('nodebuffer');
  }

  async function identity(): Promise<Attributes> {
    const xml = parser.parse((await entry('extension.vsixmanifest')).toString('utf8')) as unknown;
    const metadata = asObject(asObject(asObject(xml, 'vsixmanifest').PackageManifest, 'PackageManifest').Metadata, 'Metadata');
    return asObject(metadata.Identity, 'Identity') as Attributes;
  }

  async function assets(): Promise<Attributes[]> {
    const xml = parser.parse((await entry('extension.vsixmanifest')).toString('utf8')) as unknown;
    const manifest = asObject(asObject(xml, 'vsixmanifest').PackageManifest, 'PackageManifest');
    const list = asObject(manifest.Assets, 'Assets').Asset;
    if (!Array.isArray(list)) throw new Error('Assets: no Asset');
    return list as Attributes[];
  }

  async function packagedTask(): Promise<TaskJson> {
    return JSON.parse((await entry('task/task.json')).toString('utf8')) as TaskJson;
  }

  beforeAll(async () => {
    pkg = await packageJson();
    extension = JSON.parse(await readFile(join(ROOT, 'vss-extension.json'), 'utf8')) as ExtensionJson;
    work = await tempDir('vsix');
    await runOk('npm', ['run', '--silent', 'package:vsix', '--', '--output-dir', work]);
    vsix = join(work, `${extension.id}-${pkg.version}.vsix`);
    zip = await JSZip.loadAsync(await readFile(vsix));
  }, 120_000);

  afterAll(async () => {
    if (work !== undefined) await rm(work, { recursive: true, force: true });
  });

  describe('when the extension is packaged', () => {
    it('names the .vsix after the extension id and the package version', () => {
      expect(vsix.endsWith(`dct-sign-${pkg.version}.vsix`)).toBe(true);
    });

    it('gives extension.vsixmanifest the package version, id and publisher of vss-extension.json', async () => {
      expect(await identity()).toMatchObject({
        '@_Id': extension.id,
        '@_Publisher': extension.publisher,
        '@_Version': pkg.version,
      });
    });

    it('contributes the task as a build task from extension.vsomanifest', async () => {
      const vso = asObject(JSON.parse((await entry('extension.vsomanifest')).toString('utf8')), 'vsomanifest');
      expect(vso.contributions).toEqual([
        expect.objectContaining({
          type: 'ms.vss-distributed-task.task',
          targets: ['ms.vss-distributed-task.tasks'],
          properties: { name: 'task' },
        }),
      ]);
    });

    it('packages task.json as committed, with the package version', async () => {
      const task = await packagedTask();
      expect(task).toEqual(JSON.parse(await readFile(join(ROOT, 'task', 'task.json'), 'utf8')));
      expect(`${task.version.Major}.${task.version.Minor}.${task.version.Patch}`).toBe(pkg.version);
    });

    it('packages the bundle every execution handler of task.json names, as committed', async () => {
      const task = await packagedTask();
      const targets = new Set(Object.values(task.execution).map((h) => h.target));
      expect(targets.size).toBeGreaterThan(0);
      for (const target of targets) {
        expect(await entry(`task/${target}`)).toEqual(await readFile(join(ROOT, 'task', target)));
      }
    });

    it('packages the chunks the task bundle loads next to it', async () => {
      // ncc splits task/dist into index.js and numbered chunks it requires at run time.
      for (const name of await readdir(join(ROOT, 'task', 'dist'))) expect(Object.keys(zip.files)).toContain(`task/dist/${name}`);
    });

    it('has task/icon.png, the task icon, as a 128x128 PNG', async () => {
      const png = PNG.sync.read(await entry('task/icon.png'));
      expect([png.width, png.height]).toEqual([128, 128]);
    });

    it('has the extension icon as a 128x128 PNG', async () => {
      const icon = (await assets()).find((a) => a['@_Type'] === 'Microsoft.VisualStudio.Services.Icons.Default');
      expect(icon).toBeDefined();
      const png = PNG.sync.read(await entry(icon?.['@_Path'] ?? ''));
      expect([png.width, png.height]).toEqual([128, 128]);
    });

    it('lists the overview page and the license as assets that are in the package', async () => {
      const byType = new Map((await assets()).map((a) => [a['@_Type'], a['@_Path']]));
      for (const type of ['Microsoft.VisualStudio.Services.Content.Details', 'Microsoft.VisualStudio.Services.Content.License']) {
        const path = byType.get(type);
        expect(path, type).toBeDefined();
        expect((await entry(path ?? '')).length).toBeGreaterThan(0);
      }
    });
  });
});
