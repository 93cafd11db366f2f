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

// 1.35 (@pulumi/kubernetes 4.28.0, field set only) has no reader yet.
export type SourceKind = 'client-node' | 'cdk8s-plus';

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
];

/** client-node of the newest release: read by a test to hold the client-node reader to the 1.36 data. */
export const NEWEST_CLIENT_NODE: ReleaseSource = {
  release: '1.36',
  kind: 'client-node',
  name: '@kubernetes/client-node',
  version: '2.0.1',
  integrity: 'sha512-evJgmEtgArEYlj6DNkMGjK41IrFK/hEwb5lWVxx0VRBWybQpnvi+2TtA19mLgVfRHfqX5yjHObX6e9W7LEZBjw==',
};

/** The unpacked package's root (its package/ folder), fetched once with npm pack. */
export function sourcePackageRoot(projectRoot: string, source: ReleaseSource): string {
  const cache = join(projectRoot, 'node_modules', '.cache', 'kfg-k8s-releases');
  const dir = join(cache, `${source.name.replace('/', '+')}@${source.version}`);
  const root = join(dir, 'package');
  if (existsSync(root)) return root;
  mkdirSync(cache, { recursive: true });
  const work = mkdtempSync(join(cache, 'fetch-'));
  try {
    const out = execFileSync('npm', ['pack', `${source.name}@${source.version}`, '--json', '--pack-destination', work], {
      cwd: work,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const [packed] = JSON.parse(out) as Array<{ filename: string; integrity: string }>;
    if (!packed || packed.integrity !== source.integrity) {
      throw new Error(`${source.name}@${source.version}: integrity ${packed?.integrity} is not the pinned ${source.integrity}`);
    }
    mkdirSync(join(work, 'x'));
    execFileSync('tar', ['xzf', join(work, packed.filename), '-C', join(work, 'x')]);
    rmSync(dir, { recursive: true, force: true });
    renameSync(join(work, 'x'), dir);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return root;
}
