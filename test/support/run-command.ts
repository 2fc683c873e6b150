import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** Runs a compiled script (`dist/scripts/<name>.js`) to its end with only this environment; output is stdout and stderr together. */
export function runCompiledScript(name: string, env: NodeJS.ProcessEnv, ...args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(process.execPath, ['-r', join(ROOT, 'scripts', 'register-paths.js'), join(ROOT, 'dist', 'scripts', `${name}.js`), ...args], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.once('exit', (code) => resolve({ code, output }));
  });
}
