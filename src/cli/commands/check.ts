import path from 'node:path';
import { fetchAll } from '../../fetch/fetch-all.js';
import { fetchResource } from '../../fetch/fetch-resource.js';
import { parseFeed } from '../../parse/parse-feed.js';
import { createMailTransport } from '../../notify/transport.js';
import type { Runtime } from '../../pipeline/runtime.js';

/** `talkwatch check`: the config is valid (or loading it already failed), then every feed and the mail transport. */
export async function checkCommand(runtime: Runtime): Promise<number> {
  const { config } = runtime;
  const lines = [`ok       config ${runtime.configFile} (${config.feeds.length} feeds)`];
  const results = await fetchAll(config.feeds, async (feed) => {
    if (!feed.enabled) return `disabled ${feed.name}`;
    try {
      const outcome = await fetchResource(feed.url);
      if (outcome.kind !== 'fresh') return `ok       ${feed.name}: not modified`;
      const parsed = await parseFeed(outcome.body);
      return `ok       ${feed.name}: ${parsed.items.length} items`;
    } catch (error) {
      return `failing  ${feed.name} (${feed.url}): ${(error as Error).message}`;
    }
  });
  lines.push(...results.map((result) => (result.status === 'fulfilled' ? result.value : `failing  ${String(result.reason)}`)));

  const transport = createMailTransport(runtime.smtpUrl, path.join(runtime.dataDir, 'outbox'));
  try {
    const checked = await transport.verify();
    lines.push(`ok       mail: ${transport.description} (${checked})`);
  } catch (error) {
    lines.push(`failing  mail (${transport.description}): ${(error as Error).message}`);
  } finally {
    transport.close();
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return lines.some((line) => line.startsWith('failing')) ? 1 : 0;
}
