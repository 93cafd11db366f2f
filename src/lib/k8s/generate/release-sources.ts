// Build time only (Node): the npm packages the older releases' API data is read from (RELEASES.md says
// why each one), pinned by version and by the registry's integrity hash, and fetched for
// `npm run gen:k8s` and its regenerate-and-diff test.
//
// Not devDependencies: installed as npm aliases the nine candidate packages pull in their dependency trees
// (client-node's request/openid-client, cdk8s and constructs, Pulumi's gRPC and npm itself): 408
// packages, 389 MB of node_modules and 1m18s on this machine, for model files of a few MB. So the
// generator asks npm for the tarballs themselves (`npm pack`, the ordinary client, same registry),
// checks each against the integrity pinned here and unpacks it under node_modules/.cache.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export type SourceKind = 'client-node' | 'cdk8s-plus' | 'pulumi';

export interface ReleaseSource {
  release: string;
  kind: SourceKind;
  name: string;
  version: string;
  /** dist.integrity on the npm registry */
  integrity: string;
}

export const RELEASE_SOURCES: readonly ReleaseSource[] = [
  {
    release: '1.27',
    kind: 'client-node',
    name: '@kubernetes/client-node',
    version: '0.19.0',
    integrity: 'sha512-WTOjGuFQ8yeW3+qD6JrAYhpwpoQbe9R8cA/61WCyFrNawSTUgLstHu7EsZRYEs39er3jDn3wCEaczz+VOFlc2Q==',
  },
  {
    release: '1.28',
    kind: 'client-node',
    name: '@kubernetes/client-node',
    version: '0.20.0',
    integrity: 'sha512-xxlv5GLX4FVR/dDKEsmi4SPeuB49aRc35stndyxcC73XnUEEwF39vXbROpHOirmDse8WE9vxOjABnSVS+jb7EA==',
  },
  {
    release: '1.29',
    kind: 'client-node',
    name: '@kubernetes/client-node',
    version: '0.21.0',
    integrity: 'sha512-yYRbgMeyQbvZDHt/ZqsW3m4lRefzhbbJEuj8sVXM+bufKrgmzriA2oq7lWPH/k/LQIicAME9ixPUadTrxIF6dQ==',
  },
  {
    release: '1.30',
    kind: 'client-node',
    name: '@kubernetes/client-node',
    version: '0.22.3',
    integrity: 'sha512-dG8uah3+HDJLpJEESshLRZlAZ4PgDeV9mZXT0u1g7oy4KMRzdZ7n5g0JEIlL6QhK51/2ztcIqURAnjfjJt6Z+g==',
  },
  {
    release: '1.31',
    kind: 'cdk8s-plus',
    name: 'cdk8s-plus-31',
    version: '2.6.43',
    integrity: 'sha512-OtG09kUe3ErIZR1vriuwNYCqQYkB7g0cbqft5c1GItGFRmqcUKW2/rKrdDUjYmFMZDLj5bxccJitP3MUUCg1gw==',
  },
  {
    release: '1.32',
    kind: 'client-node',
    name: '@kubernetes/client-node',
    version: '1.0.0',
    integrity: 'sha512-a8NSvFDSHKFZ0sR1hbPSf8IDFNJwctEU5RodSCNiq/moRXWmrdmqhb1RRQzF+l+TSBaDgHw3YsYNxxE92STBzw==',
  },
  {
    release: '1.33',
    kind: 'client-node',
    name: '@kubernetes/client-node',
    version: '1.2.0',
    integrity: 'sha512-poAuFgw571HYaaCp+96Zm82CUJY95Nf3f6Qfsv/Ah/fj8ra2558xX07u0FmGgCR2EJj2mLyFqVGdT5MndRcawQ==',
  },
  {
    release: '1.34',
    kind: 'client-node',
    name: '@kubernetes/client-node',
    version: '1.4.0',
    integrity: 'sha512-Zge3YvF7DJi264dU1b3wb/GmzR99JhUpqTvp+VGHfwZT+g7EOOYNScDJNZwXy9cszyIGPIs0VHr+kk8e95qqrA==',
  },
  {
    // no package holds the whole 1.35 API: this one its field set only (RELEASES.md, "1.35 through Pulumi")
    release: '1.35',
    kind: 'pulumi',
    name: '@pulumi/kubernetes',
    version: '4.28.0',
    integrity: 'sha512-tdoUN7blJv1rrwr+2Pc55CP/+L1sMkH3z5Y7DI2yfNiGgdeaOHYia+hYsnLgR4HtBSfIfuBVWxGkZwGWOgUmOQ==',
  },
];

/** client-node of the newest release: read by a test to hold the client-node reader to the 1.36 data. */
export const NEWEST_CLIENT_NODE: ReleaseSource = {
  release: '1.36',
  kind: 'client-node',
  name: '@kubernetes/client-node',
  version: '2.0.1',
  integrity: 'sha512-evJgmEtgArEYlj6DNkMGjK41IrFK/hEwb5lWVxx0VRBWybQpnvi+2TtA19mLgVfRHfqX5yjHObX6e9W7LEZBjw==',
};

/** The files each reader reads (tar members): the rest (client-node 1.x's source maps, cdk8s's docs) is ~10x more. */
const MEMBERS: Record<SourceKind, string[]> = {
  'client-node': ['package/dist/gen/model*/*.js', 'package/dist/gen/model*/*.d.ts'],
  'cdk8s-plus': ['package/cdk8s.yaml', 'package/lib/imports/k8s.*'],
  pulumi: ['package/types/input.d.ts'],
};

const cacheDir = (projectRoot: string): string => join(projectRoot, 'node_modules', '.cache', 'kfg-k8s-releases');
const packageDir = (projectRoot: string, source: ReleaseSource): string =>
  join(cacheDir(projectRoot), `${source.name.replace('/', '+')}@${source.version}`);

/** Fetches the packages not unpacked yet, with one npm pack (npm's start-up is most of the time). */
export function fetchSources(projectRoot: string, sources: readonly ReleaseSource[]): void {
  const missing = sources.filter((source) => !existsSync(join(packageDir(projectRoot, source), 'package')));
  if (missing.length === 0) return;
  mkdirSync(cacheDir(projectRoot), { recursive: true });
  const work = mkdtempSync(join(cacheDir(projectRoot), 'fetch-'));
  try {
    const specs = missing.map((source) => `${source.name}@${source.version}`);
    const out = execFileSync('npm', ['pack', ...specs, '--json', '--pack-destination', work], {
      cwd: work,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 1 << 28, // --json lists every file of every package
    });
    const packed = JSON.parse(out) as Array<{ name: string; version: string; filename: string; integrity: string }>;
    for (const source of missing) {
      const tarball = packed.find((p) => p.name === source.name && p.version === source.version);
      if (!tarball || tarball.integrity !== source.integrity) {
        throw new Error(`${source.name}@${source.version}: integrity ${tarball?.integrity} is not the pinned ${source.integrity}`);
      }
      const into = join(work, `x-${source.release}`);
      mkdirSync(into);
      execFileSync('tar', ['xzf', join(work, tarball.filename), '-C', into, '--wildcards', ...MEMBERS[source.kind]]);
      rmSync(packageDir(projectRoot, source), { recursive: true, force: true });
      renameSync(into, packageDir(projectRoot, source));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The unpacked package's root (its package/ folder, the files its reader reads), fetched once. */
export function sourcePackageRoot(projectRoot: string, source: ReleaseSource): string {
  fetchSources(projectRoot, [source]);
  return join(packageDir(projectRoot, source), 'package');
}
