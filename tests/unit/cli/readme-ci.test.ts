// The README's "Use in CI" snippets and .pre-commit-hooks.yaml: each is valid YAML, and the command it
// runs is one our argument parser accepts, with the report files the job then uploads.
import yaml from 'js-yaml';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseCheckArgs, type CheckArgs } from '../../../src/lib/validator/cli/args.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const readme = readFileSync(`${root}README.md`, 'utf8');

function snippet(title: string): unknown {
  const match = new RegExp(`\`\`\`yaml title="${title.replace(/\./g, '\\.')}"\\n([\\s\\S]*?)\\n\`\`\``).exec(readme);
  if (!match) throw new Error(`README has no snippet titled ${title}`);
  return yaml.load(match[1] as string);
}

/** The arguments after the program name in a shell command line (plain words, no quoting needed here). */
function checkArgs(command: string): CheckArgs {
  const words = command.trim().split(/\s+/);
  const at = words.findIndex((word) => word === 'kube-field-guide' || word.startsWith('kube-field-guide@'));
  expect(at, command).toBeGreaterThanOrEqual(0);
  const parsed = parseCheckArgs(words.slice(at + 1));
  if (typeof parsed === 'string') throw new Error(`${command}: ${parsed}`);
  return parsed;
}

describe('README: Use in CI', () => {
  test('GitHub Actions: the check writes the SARIF file the upload step sends to code scanning', () => {
    const workflow = snippet('.github/workflows/manifests.yml') as { jobs: Record<string, { steps: Record<string, unknown>[]; permissions: Record<string, string> }> };
    const job = Object.values(workflow.jobs)[0]!;
    expect(job.permissions['security-events']).toBe('write');
    const run = job.steps.find((step) => typeof step['run'] === 'string' && String(step['run']).includes('kube-field-guide'));
    const args = checkArgs(String(run?.['run']));
    const upload = job.steps.find((step) => String(step['uses']).startsWith('github/codeql-action/upload-sarif@'));
    const sarif = args.reports?.find((r) => r.format === 'sarif')?.file;
    expect(sarif).toBeDefined();
    expect((upload?.['with'] as Record<string, string>)['sarif_file']).toBe(sarif);
    expect(upload?.['if']).toBe('always()');
  });

  test('GitLab CI: the check writes the JUnit file the job reports', () => {
    const config = snippet('.gitlab-ci.yml') as Record<string, { script: string[]; artifacts: { when: string; reports: { junit: string } } }>;
    const job = Object.values(config)[0]!;
    const args = checkArgs(job.script.find((line) => line.includes('kube-field-guide'))!);
    expect(job.artifacts.reports.junit).toBe(args.reports?.find((r) => r.format === 'junit')?.file);
    expect(job.artifacts.when).toBe('always');
  });

  test('pre-commit: the hook definition runs check on the staged files, with the user\'s args', () => {
    const hooks = yaml.load(readFileSync(`${root}.pre-commit-hooks.yaml`, 'utf8')) as { id: string; entry: string; language: string; files: string }[];
    expect(hooks.map((hook) => hook.id)).toEqual(['kube-field-guide']);
    const hook = hooks[0]!;
    expect(hook.language).toBe('node');
    expect(new RegExp(hook.files).test('k8s/deploy.yaml')).toBe(true);
    expect(new RegExp(hook.files).test('README.md')).toBe(false);
    const user = snippet('.pre-commit-config.yaml') as { repos: { hooks: { id: string; args: string[] }[] }[] };
    const used = user.repos[0]!.hooks[0]!;
    expect(used.id).toBe(hook.id);
    // pre-commit runs: entry, then args, then the file names
    expect(checkArgs(`${hook.entry} ${used.args.join(' ')} k8s/deploy.yaml k8s/service.yml`)).toMatchObject({ files: ['k8s/deploy.yaml', 'k8s/service.yml'], bestPractices: false });
  });
});
