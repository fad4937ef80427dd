import { execFile } from 'node:child_process';

export type DotnetProbe = { readonly found: true; readonly version: string } | { readonly found: false; readonly reason: string };

/**
 * Runs `dotnet --version` before starting the server: without this, a missing .NET shows up only as the
 * client's generic "server crashed 5 times" message, which does not tell the user what to install.
 * A machine with only the runtime (no SDK) fails `--version`, so `--list-runtimes` decides then.
 */
export async function probeDotnet(dotnet: string): Promise<DotnetProbe> {
  const version = await run(dotnet, ['--version']);
  if (version.ok) return { found: true, version: version.stdout.trim() };
  if (version.notFound) return { found: false, reason: `\`${dotnet}\` was not found` };
  const runtimes = await run(dotnet, ['--list-runtimes']);
  const core = runtimes.ok ? /Microsoft\.NETCore\.App (\S+)/.exec(runtimes.stdout) : null;
  if (core) return { found: true, version: `runtime ${core[1]}` };
  return { found: false, reason: `\`${dotnet} --version\` failed: ${version.stderr.trim().split('\n')[0] || 'no output'}` };
}

interface RunResult { ok: boolean; notFound: boolean; stdout: string; stderr: string }

function run(command: string, args: string[]): Promise<RunResult> {
  return new Promise(resolve => {
    execFile(command, args, { timeout: 15000, env: { ...process.env, DOTNET_NOLOGO: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' } },
      (error, stdout, stderr) => {
        const code = (error as NodeJS.ErrnoException | null)?.code;
        resolve({ ok: !error, notFound: code === 'ENOENT' || code === 'EACCES', stdout: String(stdout), stderr: String(stderr) });
      });
  });
}
