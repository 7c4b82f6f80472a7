// Running TypeScript fixtures and the project's own scripts as child processes.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: PROJECT_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export function runFixture(fixture: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Finished> {
  return run(TSX, [path.join(__dirname, 'fixtures', fixture), ...args], env);
}

/** Starts a fixture that prints one JSON line when ready; resolves with that line and the child. */
export function startFixture<T>(fixture: string, args: string[]): Promise<{ child: ChildProcess; ready: T }> {
  return new Promise((resolve, reject) => {
    // Plain node with tsx's loader, so the pid we get is the process that owns Postgres.
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'fixtures', fixture), ...args], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const line = stdout.split('\n')[0];
      if (stdout.includes('\n') && line) resolve({ child, ready: JSON.parse(line) as T });
    });
    child.on('exit', (code) => reject(new Error(`${fixture} exited with ${code}: ${stderr}`)));
  });
}
