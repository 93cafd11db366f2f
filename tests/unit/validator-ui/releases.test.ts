// The page's Kubernetes release choice (issue 11.2): what the worker checks and fixes against, what the
// browser remembers and what a share link carries. The checks themselves are the core's
// (tests/unit/validator/release-checks.test.ts); here, that the page's choice reaches them.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiSchema } from '../../../src/lib/k8s/api-schema.ts';
import { DEFAULT_RELEASE, NEWEST_RELEASE, RELEASES } from '../../../src/lib/k8s/releases.ts';
import { formatMessage, validate } from '../../../src/lib/validator/index.ts';
import { loadedReleaseApis, loadReleaseApis, pageCheckOptions, releasesOf, withCheckData } from '../../../src/scripts/validator/check-options.ts';
import type { FixRequest, FixResponse } from '../../../src/scripts/validator/protocol.ts';
import { readReleaseChoice } from '../../../src/scripts/validator/release-choice.ts';
import { hashOfPayload, payloadOfHash, releaseOfHash } from '../../../src/scripts/validator/share.ts';
import { loadSettings, saveSettings } from '../../../src/scripts/validator/storage.ts';
import { fixRelease, handleFix } from '../../../src/scripts/validator/worker-fix.ts';

const sidecar = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  initContainers:
  - name: proxy
    image: envoy:1.30
    restartPolicy: Always
  containers:
  - name: web
    image: nginx:1.27
`;

const errorsAgainst = async (release: string): Promise<string[]> => {
  const [api] = await loadReleaseApis(release);
  if (!api) throw new Error('no data');
  return validate(sidecar, pageCheckOptions({ bestPractices: false, disabledRules: [] }, api.schema, api.history))
    .diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.line} ${formatMessage(d, 'en')}`);
};

describe('the release a check runs against', () => {
  it('the newest needs nothing loaded; an older one waits for the release catalog, loaded once', async () => {
    expect(loadedReleaseApis(NEWEST_RELEASE)).toEqual([{ release: NEWEST_RELEASE, schema: apiSchema }]);
    expect(loadedReleaseApis('1.27')).toBeUndefined();
    expect(loadedReleaseApis('all')).toBeUndefined();
    const [older] = await loadReleaseApis('1.27');
    expect(older?.release).toBe('1.27');
    expect(older?.schema).not.toBe(apiSchema);
    expect(older?.history?.fieldSince).toBeTypeOf('function');
    expect(loadedReleaseApis('1.27')).toEqual([older]);
  });

  it('`all` is every release with data, the listed (newest) one first; anything unknown is the newest', () => {
    expect(releasesOf('all')[0]).toBe(NEWEST_RELEASE);
    expect([...releasesOf('all')].sort()).toEqual([...RELEASES].sort());
    expect(releasesOf('1.31')).toEqual(['1.31']);
    expect(releasesOf('1.9')).toEqual([DEFAULT_RELEASE]);
    expect(releasesOf('<b>')).toEqual([DEFAULT_RELEASE]);
  });

  it('the chosen release is the one checked: native sidecars fail 1.27 and pass 1.28', async () => {
    expect(await errorsAgainst('1.27')).toEqual([expect.stringMatching(/^9 .*restartPolicy.* was added in Kubernetes 1\.28; you are checking against 1\.27/)]);
    expect(await errorsAgainst('1.28')).toEqual([]);
    expect(await errorsAgainst(NEWEST_RELEASE)).toEqual([]);
  });

  it('waits for what the text and the release need, then checks', async () => {
    const apis = await new Promise<string[]>((resolve) => withCheckData(sidecar, 'all', (_, loaded) => resolve(loaded.map((api) => api.release))));
    expect(apis).toEqual(releasesOf('all'));
  });
});

describe('fix all', () => {
  // a misspelt field (fixed against any release) and an enum value in the wrong case (fixed only where
  // the data has the release's enums: the newest's; older releases' data leaves enums out)
  const broken = sidecar.replace('    image: nginx:1.27\n', '    image: nginx:1.27\n    imagePullPolicy: always\n  terminationGracePeriodSecond: 30\n');
  const request = (release: string): FixRequest => ({
    type: 'fix', request: 1, text: broken, lang: 'en', bestPractices: false, disabledRules: [], fixType: 'safe', release,
  });
  const fix = (release: string) => new Promise<FixResponse>((resolve) => handleFix(request(release), resolve));

  it('fixes for the chosen release, and with `all` for the newest, whose problems are listed', () => {
    expect(fixRelease({ release: '1.31' })).toBe('1.31');
    expect(fixRelease({ release: 'all' })).toBe(NEWEST_RELEASE);
    expect(fixRelease({ release: 'nonsense' })).toBe(DEFAULT_RELEASE);
  });

  it('the worker fixes against the chosen release once its data is in', async () => {
    const newest = await fix('all');
    expect(newest.text).toContain('imagePullPolicy: Always');
    expect(newest.text).toContain('terminationGracePeriodSeconds: 30');
    expect(newest.remaining).toBe(0);
    const older = await fix('1.28');
    expect(older.text).toContain('imagePullPolicy: always');
    expect(older.text).toContain('terminationGracePeriodSeconds: 30');
    expect(older.remaining).toBe(0);
    // 1.27 has no restartPolicy on an init container, and no fix makes it: the error remains
    const oldest = await fix('1.27');
    expect(oldest.text).toContain('terminationGracePeriodSeconds: 30');
    expect(oldest.remaining).toBe(1);
  });
});

describe('remembered and shared', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const fakeStorage = (): Storage => {
    const items = new Map<string, string>();
    return {
      getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value), removeItem: (key) => void items.delete(key),
      clear: () => items.clear(), key: (i) => [...items.keys()][i] ?? null, get length() { return items.size; },
    };
  };

  it('the settings keep the release; settings from before the selector, or a release no longer offered, read as the newest', () => {
    const storage = fakeStorage();
    vi.stubGlobal('localStorage', storage);
    expect(loadSettings().release).toBe(DEFAULT_RELEASE);
    saveSettings({ bestPractices: false, disabledRules: ['x'], release: '1.31' });
    expect(loadSettings()).toEqual({ bestPractices: false, disabledRules: ['x'], release: '1.31' });
    saveSettings({ ...loadSettings(), release: 'all' });
    expect(loadSettings().release).toBe('all');
    storage.setItem('kfg-validator:settings', JSON.stringify({ bestPractices: true, disabledRules: [] }));
    expect(loadSettings().release).toBe(DEFAULT_RELEASE);
    storage.setItem('kfg-validator:settings', JSON.stringify({ release: '1.2' }));
    expect(loadSettings().release).toBe(DEFAULT_RELEASE);
    storage.setItem('kfg-validator:settings', 'null');
    expect(loadSettings().release).toBe(DEFAULT_RELEASE);
  });

  it('a link carries the release next to the manifest; links without one still read', () => {
    expect(hashOfPayload('abc_-', '1.31')).toBe('#yaml=abc_-&release=1.31');
    expect(payloadOfHash('#yaml=abc_-&release=1.31')).toBe('abc_-');
    expect(releaseOfHash('#yaml=abc_-&release=1.31')).toBe('1.31');
    expect(releaseOfHash(hashOfPayload('abc', 'all'))).toBe('all');
    expect(releaseOfHash('#yaml=abc_-')).toBeUndefined();
    expect(releaseOfHash('#yaml=abc&release=')).toBeUndefined();
    expect(payloadOfHash(hashOfPayload('xyz'))).toBe('xyz');
    // the page keeps what it knows, and says so about the rest
    expect(readReleaseChoice(releaseOfHash('#yaml=a&release=1.27'))).toBe('1.27');
    expect(readReleaseChoice(releaseOfHash('#yaml=a&release=9.99'))).toBeUndefined();
    expect(releaseOfHash(`#release=${'9'.repeat(500)}`)).toHaveLength(32);
  });
});
