import { homedir } from 'node:os';
import { join } from 'node:path';

/** The per-user data directory, the same one Electron's `userData` uses, unless overridden. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.PORTCULLIS_DATA_DIR) return env.PORTCULLIS_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Portcullis');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Portcullis');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Portcullis');
}
