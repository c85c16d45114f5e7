// `relaybot discord register [--guild ID]`: bulk-overwrites the application commands with the manifest.
// Guild commands appear at once (good for trying it out); global ones may take a while to reach every client.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Routes, type REST } from 'discord.js';

export function loadCommandManifest(): unknown[] {
  const path = fileURLToPath(new URL('../../../manifests/discord-commands.json', import.meta.url));
  return JSON.parse(readFileSync(path, 'utf8')) as unknown[];
}

export async function registerCommands(rest: REST, applicationId: string, guildId?: string): Promise<{ registered: number }> {
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  const answer = (await rest.put(route, { body: loadCommandManifest() })) as unknown[];
  return { registered: answer.length };
}
