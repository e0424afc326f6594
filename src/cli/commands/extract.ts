import type { MatchRules } from '../../config/config.js';
import type { Position } from '../../extract/position.js';
import type { Taxonomy } from '../../extract/taxonomy.js';
import { describeDetail } from '../../notify/describe.js';
import { readItem } from '../../pipeline/read-item.js';
import { readSource } from '../../pipeline/read-source.js';
import { compileRules } from '../../relevance/rules.js';

interface ExtractedItem {
  id: string;
  title: string;
  link: string | undefined;
  source: string;
  relevant: boolean;
  positions: Position[];
}

interface ExtractOutput {
  items: ExtractedItem[];
  errors: { source: string; error: string }[];
}

/** `talkwatch extract [--json] SOURCE...`: reads no state, writes nothing; a bad source is listed and the others go on. */
export async function extractCommand(sources: string[], json: boolean, match: MatchRules, taxonomy: Taxonomy): Promise<number> {
  const rules = compileRules(match);
  const output: ExtractOutput = { items: [], errors: [] };
  for (const source of sources) {
    try {
      const { items } = await readSource(source);
      for (const item of items) {
        const reading = readItem(item, rules, taxonomy);
        output.items.push({ id: item.id, title: item.title, link: item.link, source, relevant: reading.relevance.relevant, positions: reading.positions });
      }
    } catch (error) {
      output.errors.push({ source, error: (error as Error).message });
    }
  }
  process.stdout.write(json ? `${JSON.stringify(output, null, 2)}\n` : readable(output));
  return output.errors.length > 0 ? 1 : 0;
}

function readable(output: ExtractOutput): string {
  const lines: string[] = [];
  for (const item of output.items) {
    lines.push(`${item.title || '(untitled)'}  [${item.source}]`);
    if (item.link) lines.push(`  ${item.link}`);
    if (!item.relevant) lines.push('  not about the talks');
    else if (item.positions.length === 0) lines.push('  about the talks; no position stated');
    for (const position of item.positions) {
      const detail = describeDetail(position.detail);
      lines.push(`  ${position.party} ${position.stance} ${position.issue}${detail ? ` (${detail})` : ''}${position.hedge ? ` [${position.hedge}]` : ''}`);
      lines.push(`    “${position.quote}”`);
    }
    lines.push('');
  }
  for (const { source, error } of output.errors) lines.push(`error: ${source}: ${error}`);
  return `${lines.join('\n')}\n`;
}
